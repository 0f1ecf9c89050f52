package dev.promptsmith.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.http.ErrorBodies;
import dev.promptsmith.provider.http.WireFixtures;
import dev.promptsmith.provider.http.WireFormat.ErrorReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gemini error bodies. Fixtures written from reference §1.4 "Errors" (body shape, RetryInfo,
 * status table) and §0 (no Retry-After header); the quota messages follow real 429 bodies quoted
 * in public issue threads; error-proxy.html is a Google front-end 502 page.
 */
class GeminiErrorTest {

    private static final WireFixtures FIXTURES = new WireFixtures(GeminiErrorTest.class);

    private final GeminiWireFormat format = new GeminiWireFormat();

    private ErrorReport classify(int status, String fixture) {
        return format.classifyError(status, Map.of("content-type", List.of("application/json")),
                FIXTURES.read(fixture));
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource({
            "400, error-400-invalid-argument.json, BAD_REQUEST, false",
            "400, error-400-api-key-invalid.json, AUTH, false",
            "403, error-403-permission-denied.json, PERMISSION, false",
            "403, error-403-no-key.json, AUTH, false",
            "404, error-404-not-found.json, NOT_FOUND, false",
            "429, error-429-rate-limit.json, RATE_LIMIT, true",
            "429, error-429-daily-quota.json, RATE_LIMIT, true",
            "429, error-429-bare.json, RATE_LIMIT, true",
            "429, error-429-no-free-tier.json, QUOTA, false",
            "429, error-429-billing.json, QUOTA, false",
            "500, error-500-internal.json, SERVER, true",
            "503, error-503-unavailable.json, OVERLOADED, true",
            "504, error-504-deadline.json, SERVER, true",
            "502, error-proxy.html, SERVER, true"})
    void eachDocumentedErrorHasItsKindAndRetryability(int status, String fixture, Kind kind, boolean retryable) {
        ProviderError error = classify(status, fixture).error();
        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.retryable()).isEqualTo(retryable);
        assertThat(error.status()).isEqualTo(status);
    }

    @Test
    void messageIsTheProvidersOwnWithItsStatusName() {
        assertThat(classify(400, "error-400-api-key-invalid.json").error().message())
                .isEqualTo("API key not valid. Please pass a valid API key. (INVALID_ARGUMENT)");
        assertThat(classify(404, "error-404-not-found.json").error().message())
                .startsWith("models/gemini-9.0-ultra is not found for API version v1beta").endsWith("(NOT_FOUND)");
    }

    @Test
    void retryInfoGivesTheWaitInMilliseconds() {
        ErrorReport report = classify(429, "error-429-rate-limit.json");
        assertThat(report.retryAfterMillis()).isEqualTo(3950);
        assertThat(classify(429, "error-429-daily-quota.json").retryAfterMillis()).isEqualTo(36_000);
        assertThat(classify(500, "error-500-internal.json").retryAfterMillis()).isEqualTo(-1);
    }

    @Test
    void theBillingBoilerplateOfEvery429DoesNotMakeItAQuotaError() {
        assertThat(FIXTURES.read("error-429-daily-quota.json")).contains("check your plan and billing details");
        assertThat(classify(429, "error-429-daily-quota.json").error().kind()).isEqualTo(Kind.RATE_LIMIT);
    }

    @Test
    void aZeroQuotaValueAloneIsAQuotaError() {
        String body = """
                {"error":{"code":429,"message":"Quota exceeded.","status":"RESOURCE_EXHAUSTED","details":[
                  {"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaValue":"0"}]}]}}""";
        assertThat(format.classifyError(429, Map.of(), body).error().kind()).isEqualTo(Kind.QUOTA);
    }

    @Test
    void billingDisabledReasonIsAQuotaError() {
        String body = """
                {"error":{"code":403,"message":"This API method requires billing to be enabled.","status":"PERMISSION_DENIED",
                  "details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"BILLING_DISABLED"}]}}""";
        ProviderError error = format.classifyError(403, Map.of(), body).error();
        assertThat(error.kind()).isEqualTo(Kind.QUOTA);
        assertThat(error.retryable()).isFalse();
    }

    @Test
    void theRetryHintInTheMessageServesWhenRetryInfoIsMissing() {
        String body = """
                {"error":{"code":429,"message":"Quota exceeded for metric: x, limit: 15\\nPlease retry in 22.23s.","status":"RESOURCE_EXHAUSTED"}}""";
        assertThat(format.classifyError(429, Map.of(), body).retryAfterMillis()).isEqualTo(22_230);
    }

    @Test
    void anHtmlPageFromAProxyGivesItsTitle() {
        assertThat(classify(502, "error-proxy.html").error().message())
                .isEqualTo("HTTP 502 from the server, body is HTML, not JSON: Error 502 (Server Error)!!1");
    }

    @Test
    void anHtmlPageWithoutTitleShowsItsText() {
        assertThat(format.classifyError(502, Map.of(), "<html><body><h1>Bad gateway</h1></body></html>").error().message())
                .isEqualTo("HTTP 502 from the server, body is HTML, not JSON: Bad gateway");
    }

    @Test
    void emptyPlainTextAndForeignJsonBodiesStillGiveAClearMessage() {
        assertThat(format.classifyError(503, Map.of(), "").error())
                .isEqualTo(new ProviderError(Kind.SERVER, 503, "HTTP 503 from the server with an empty body", true));
        assertThat(format.classifyError(401, Map.of(), "upstream connect error").error())
                .isEqualTo(new ProviderError(Kind.AUTH, 401, "HTTP 401 from the server, body is not JSON: upstream connect error", false));
        assertThat(format.classifyError(413, Map.of(), "{\"message\":\"too big\"}").error())
                .isEqualTo(new ProviderError(Kind.BAD_REQUEST, 413,
                        "HTTP 413 from Gemini, not its error format: {\"message\":\"too big\"}", false));
        assertThat(format.classifyError(408, Map.of(), null).error().kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(format.classifyError(409, Map.of(), "").error().retryable()).isTrue();
        assertThat(format.classifyError(529, Map.of(), "").error().kind()).isEqualTo(Kind.OVERLOADED);
    }

    @Test
    void longBodiesAreCutToAShortExcerpt() {
        String page = "x".repeat(5000);
        String message = format.classifyError(500, Map.of(), page).error().message();
        assertThat(message.substring(message.indexOf(": ") + 2)).hasSize(ErrorBodies.EXCERPT_LIMIT);
    }

    @Test
    void anErrorWrappedInAnArrayIsStillRead() {
        String body = "[{\"error\":{\"code\":404,\"message\":\"not found\",\"status\":\"NOT_FOUND\"}}]";
        assertThat(format.classifyError(404, Map.of(), body).error().message()).isEqualTo("not found (NOT_FOUND)");
    }
}
