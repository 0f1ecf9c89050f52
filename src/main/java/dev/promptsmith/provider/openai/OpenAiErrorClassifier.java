package dev.promptsmith.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.http.WireFormat.ErrorReport;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns error responses, and errors sent inside a 200, into {@link ProviderError}s. */
final class OpenAiErrorClassifier {

    private static final Map<Integer, Kind> KIND_BY_STATUS = Map.ofEntries(
            Map.entry(400, Kind.BAD_REQUEST),
            Map.entry(401, Kind.AUTH),
            // OpenRouter answers 402 when the account is out of credit.
            Map.entry(402, Kind.QUOTA),
            Map.entry(403, Kind.PERMISSION),
            Map.entry(404, Kind.NOT_FOUND),
            Map.entry(408, Kind.TIMEOUT),
            // The SDKs retry 409 (a lock timeout on OpenAI's side); there is no closer kind than SERVER.
            Map.entry(409, Kind.SERVER),
            Map.entry(413, Kind.BAD_REQUEST),
            Map.entry(422, Kind.BAD_REQUEST),
            Map.entry(429, Kind.RATE_LIMIT),
            Map.entry(529, Kind.OVERLOADED));

    private static final Set<Kind> RETRYABLE = EnumSet.of(Kind.RATE_LIMIT, Kind.OVERLOADED, Kind.SERVER, Kind.TIMEOUT);

    /** Kinds the body's words may impose over the status: a 429 for quota is not a rate limit. */
    private static final Set<Kind> OVERRIDING = EnumSet.of(Kind.QUOTA, Kind.OVERLOADED);

    /** Keys some servers echo back in messages (LiteLLM proxies, OpenAI's own masked form). */
    private static final Pattern KEY_LIKE = Pattern.compile("\\b(?:sk|gsk)[-_][A-Za-z0-9_\\-*]{8,}");

    private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final OpenAiJson json;

    OpenAiErrorClassifier(OpenAiJson json) {
        this.json = json;
    }

    ErrorReport classify(int status, String body) {
        Optional<JsonNode> root = json.objectIfAny(body);
        Optional<OpenAiErrorBody> error = root.flatMap(OpenAiErrorBody::from);
        Kind kind = error.flatMap(OpenAiErrorBody::impliedKind).filter(OVERRIDING::contains)
                .orElseGet(() -> kindOf(status));
        String message = error.map(OpenAiErrorBody::message)
                .map(OpenAiErrorClassifier::redact)
                .orElseGet(() -> describeBody(status, body, root.isPresent(), error));
        return new ErrorReport(new ProviderError(kind, status, message, RETRYABLE.contains(kind)), -1);
    }

    /** An error reported inside a 200 response or stream; retryable when its words or code say so. */
    ProviderError inSuccess(OpenAiErrorBody error) {
        Optional<Kind> meant = error.impliedKind();
        if (meant.isEmpty() && error.codeAsStatus() >= 400) {
            meant = Optional.of(kindOf(error.codeAsStatus()));
        }
        String message = error.message() != null ? redact(error.message())
                : "The server reported an error" + (error.type() != null ? " of type " + error.type() : "");
        return new ProviderError(Kind.STREAM_ERROR, 200, message, meant.map(RETRYABLE::contains).orElse(false));
    }

    static Kind kindOf(int status) {
        Kind kind = KIND_BY_STATUS.get(status);
        if (kind != null) {
            return kind;
        }
        return status >= 500 ? Kind.SERVER : Kind.BAD_REQUEST;
    }

    /** A clear message for a body that carries no error message: empty, HTML from a proxy, other text. */
    private static String describeBody(int status, String body, boolean isJson, Optional<OpenAiErrorBody> error) {
        String prefix = "HTTP " + status + " from the server";
        if (body == null || body.isBlank()) {
            return prefix + " with an empty body";
        }
        if (isJson) {
            String what = error.map(e -> e.type() != null ? e.type() : e.code()).orElse(null);
            return what != null ? prefix + ": " + what : prefix + ", JSON without an error message: " + excerptOf(body);
        }
        if (looksLikeHtml(body)) {
            return prefix + ", body is HTML, not JSON: " + htmlSummary(body);
        }
        return prefix + ", body is not JSON: " + excerptOf(body);
    }

    private static boolean looksLikeHtml(String body) {
        String start = body.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<title");
    }

    private static String htmlSummary(String body) {
        Matcher title = HTML_TITLE.matcher(body);
        if (title.find() && !title.group(1).isBlank()) {
            return OpenAiJson.excerpt(title.group(1));
        }
        return excerptOf(body.replaceAll("<[^>]*>", " "));
    }

    private static String excerptOf(String text) {
        return OpenAiJson.excerpt(redact(text));
    }

    static String redact(String text) {
        return KEY_LIKE.matcher(text).replaceAll("[key redacted]");
    }
}
