package dev.promptsmith.provider.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.http.ErrorBodies;
import dev.promptsmith.provider.http.StatusKinds;
import dev.promptsmith.provider.http.WireFormat.ErrorReport;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies Gemini errors, {@code {"error":{"code","message","status","details":[…]}}}.
 *
 * <p>Quota choice: a 429 RESOURCE_EXHAUSTED is RATE_LIMIT (retryable) even when the quota it hit is
 * a daily one, because every quota resets and the body's RetryInfo says when. Every 429 message
 * ends with the boilerplate "check your plan and billing details", so that phrase proves nothing.
 * It is QUOTA (never retried) only when the body clearly says that money, not time, is missing:
 * depleted prepayment credits, billing not enabled (ErrorInfo reason BILLING_DISABLED or the
 * words), or a quota whose limit is 0 (the model has no free tier), which no wait can lift.
 */
final class GeminiErrorClassifier {

    /** Gemini answers a bad key with 400 INVALID_ARGUMENT; ErrorInfo.reason says it is the key. */
    private static final Set<String> AUTH_REASONS = Set.of("API_KEY_INVALID");
    private static final Set<String> BILLING_REASONS = Set.of("BILLING_DISABLED");
    private static final Pattern BILLING = Pattern.compile("(?i)credits are depleted|prepayment credits"
            + "|billing (?:is )?(?:not enabled|disabled)|enable billing|billing to be enabled|billing account");
    private static final Pattern NO_QUOTA = Pattern.compile("(?i)\\blimit: 0\\b");
    /** A call without any key is a 403 that says this; for the user it is a missing key. */
    private static final Pattern UNREGISTERED = Pattern.compile("(?i)unregistered callers");
    /** The canonical google.rpc.Code to HTTP mapping, for stream errors that carry no code. */
    private static final Map<String, Integer> GRPC_HTTP = Map.ofEntries(
            Map.entry("INVALID_ARGUMENT", 400), Map.entry("FAILED_PRECONDITION", 400),
            Map.entry("OUT_OF_RANGE", 400), Map.entry("UNAUTHENTICATED", 401),
            Map.entry("PERMISSION_DENIED", 403), Map.entry("NOT_FOUND", 404), Map.entry("ABORTED", 409),
            Map.entry("ALREADY_EXISTS", 409), Map.entry("RESOURCE_EXHAUSTED", 429), Map.entry("INTERNAL", 500),
            Map.entry("UNKNOWN", 500), Map.entry("DATA_LOSS", 500), Map.entry("NOT_IMPLEMENTED", 501),
            Map.entry("UNAVAILABLE", 503), Map.entry("DEADLINE_EXCEEDED", 504));

    private final ObjectMapper mapper;

    GeminiErrorClassifier(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ErrorReport classify(int status, String body) {
        JsonNode root = ErrorBodies.parse(mapper, body).orElse(null);
        if (root == null) {
            Kind kind = kindForStatus(status, "");
            return report(kind, status, ErrorBodies.describeNonJson(status, body), -1);
        }
        JsonNode error = errorObject(root);
        if (error == null) {
            Kind kind = kindForStatus(status, "");
            return report(kind, status, "HTTP " + status + " from Gemini, not its error format: "
                    + ErrorBodies.excerpt(body), -1);
        }
        GoogleError google = GoogleError.of(error);
        Kind kind = kind(status, google);
        return report(kind, status, google.describe(status), GeminiRetryDelay.millis(google.details(), google.message()));
    }

    /** An error object that arrived inside a 200 stream; retryable when the same error as a status would be. */
    ProviderError inStream(JsonNode error) {
        GoogleError google = GoogleError.of(error);
        int code = error.path("code").asInt(GRPC_HTTP.getOrDefault(google.status(), 500));
        boolean retryable = StatusKinds.isRetryable(kind(code, google));
        return new ProviderError(Kind.STREAM_ERROR, 200, google.describe(code), retryable);
    }

    private static ErrorReport report(Kind kind, int status, String message, long retryAfterMillis) {
        return new ErrorReport(new ProviderError(kind, status, message, StatusKinds.isRetryable(kind)), retryAfterMillis);
    }

    private static Kind kind(int status, GoogleError google) {
        String reason = google.errorInfoReason();
        if (status == 401 || AUTH_REASONS.contains(reason)) {
            return Kind.AUTH;
        }
        if (BILLING_REASONS.contains(reason) || BILLING.matcher(google.message()).find()
                || NO_QUOTA.matcher(google.message()).find() || google.hasZeroQuota()) {
            return Kind.QUOTA;
        }
        if (status == 403 && UNREGISTERED.matcher(google.message()).find()) {
            return Kind.AUTH;
        }
        return kindForStatus(status, google.message());
    }

    private static Kind kindForStatus(int status, String message) {
        // Gemini's overload signal is 503 UNAVAILABLE "The model is overloaded."
        if (status == 503 && message.toLowerCase(Locale.ROOT).contains("overloaded")) {
            return Kind.OVERLOADED;
        }
        return StatusKinds.kindOf(status);
    }

    /** The error object, also when wrapped in an array as the non-SSE stream endpoint sends it. */
    private static JsonNode errorObject(JsonNode root) {
        JsonNode candidate = root.isArray() && !root.isEmpty() ? root.get(0) : root;
        JsonNode error = candidate.path("error");
        return error.isObject() ? error : null;
    }
}
