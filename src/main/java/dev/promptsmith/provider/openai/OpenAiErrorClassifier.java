package dev.promptsmith.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.http.ErrorBodies;
import dev.promptsmith.provider.http.StatusKinds;
import dev.promptsmith.provider.http.WireFormat.ErrorReport;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns error responses, and errors sent inside a 200, into {@link ProviderError}s. */
final class OpenAiErrorClassifier {

    /** Kinds the body's words may impose over the status: a 429 for quota is not a rate limit. */
    private static final Set<Kind> OVERRIDING = EnumSet.of(Kind.QUOTA, Kind.OVERLOADED);

    /** Keys some servers echo back in messages (LiteLLM proxies, OpenAI's own masked form). */
    private static final Pattern KEY_LIKE = Pattern.compile("\\b(?:sk|gsk)[-_][A-Za-z0-9_\\-*]{8,}");

    private final OpenAiJson json;

    OpenAiErrorClassifier(OpenAiJson json) {
        this.json = json;
    }

    ErrorReport classify(int status, String body) {
        Optional<JsonNode> root = json.objectIfAny(body);
        Optional<OpenAiErrorBody> error = root.flatMap(OpenAiErrorBody::from);
        Kind kind = error.flatMap(OpenAiErrorBody::impliedKind).filter(OVERRIDING::contains)
                .orElseGet(() -> StatusKinds.kindOf(status));
        String message = error.map(OpenAiErrorBody::message)
                .map(OpenAiErrorClassifier::redact)
                .orElseGet(() -> describeBody(status, body, root.isPresent(), error));
        return new ErrorReport(new ProviderError(kind, status, message, StatusKinds.isRetryable(kind)), -1);
    }

    /** An error reported inside a 200 response or stream; retryable when its words or code say so. */
    ProviderError inSuccess(OpenAiErrorBody error) {
        Optional<Kind> meant = error.impliedKind();
        if (meant.isEmpty() && error.codeAsStatus() >= 400) {
            meant = Optional.of(StatusKinds.kindOf(error.codeAsStatus()));
        }
        String message = error.message() != null ? redact(error.message())
                : "The server reported an error" + (error.type() != null ? " of type " + error.type() : "");
        return new ProviderError(Kind.STREAM_ERROR, 200, message, meant.map(StatusKinds::isRetryable).orElse(false));
    }

    /** A clear message for a body that carries no error message: empty, JSON of another shape, HTML, other text. */
    private static String describeBody(int status, String body, boolean isJson, Optional<OpenAiErrorBody> error) {
        if (!isJson) {
            return ErrorBodies.describeNonJson(status, body == null ? null : redact(body));
        }
        String prefix = "HTTP " + status + " from the server";
        String what = error.map(e -> e.type() != null ? e.type() : e.code()).orElse(null);
        return what != null ? prefix + ": " + what
                : prefix + ", JSON without an error message: " + ErrorBodies.excerpt(redact(body));
    }

    static String redact(String text) {
        return KEY_LIKE.matcher(text).replaceAll("[key redacted]");
    }
}
