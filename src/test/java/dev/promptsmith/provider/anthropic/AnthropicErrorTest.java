package dev.promptsmith.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.http.ErrorBodies;
import dev.promptsmith.provider.http.WireFixtures;
import dev.promptsmith.provider.http.WireFormat;
import dev.promptsmith.provider.http.WireFormat.ErrorReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Error classification. error-NNN*.json are the documented body (reference §1.3 "Errors") with each
 * row of its table; error-proxy.html, error-plain.txt and error-gateway-string.json stand for what a
 * proxy or load balancer sends instead (common brief, classifyError).
 */
class AnthropicErrorTest {

    private static final WireFixtures FIXTURES = new WireFixtures(AnthropicErrorTest.class);

    private static final Map<String, List<String>> HEADERS = Map.of(
            "request-id", List.of("req_header_secret_value"),
            "retry-after", List.of("7"));

    private final WireFormat format = new AnthropicWireFormat();

    private ProviderError classify(int status, String body) {
        ErrorReport report = format.classifyError(status, HEADERS, body);
        assertThat(report.retryAfterMillis()).as("Anthropic bodies carry no wait").isEqualTo(-1);
        assertThat(report.error().status()).isEqualTo(status);
        assertThat(report.error().message()).doesNotContain("req_header_secret_value");
        return report.error();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "400, error-400.json,         BAD_REQUEST, false, 'max_tokens: Field required (invalid_request_error, "
                    + "request req_011CQ400)'",
            "401, error-401.json,         AUTH,        false, 'invalid x-api-key (authentication_error, "
                    + "request req_011CQ401)'",
            "402, error-402-billing.json, QUOTA,       false, 'Your credit balance is too low'",
            "403, error-403.json,         PERMISSION,  false, '(permission_error, request req_011CQ403)'",
            "404, error-404.json,         NOT_FOUND,   false, 'model: claude-nonexistent (not_found_error'",
            "413, error-413.json,         BAD_REQUEST, false, '(request_too_large, request req_011CQ413)'",
            "429, error-429.json,         RATE_LIMIT,  true,  'exceed the rate limit'",
            "500, error-500.json,         SERVER,      true,  'Internal server error (api_error'",
            "504, error-504.json,         SERVER,      true,  'Request timed out (timeout_error'",
            "529, error-529.json,         OVERLOADED,  true,  'Overloaded (overloaded_error, request req_011CQ529)'",
    })
    void documentedErrorBodiesAreClassifiedByTheirType(int status, String fixture, Kind kind, boolean retryable,
                                                       String message) {
        ProviderError error = classify(status, FIXTURES.read(fixture));

        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.retryable()).isEqualTo(retryable);
        assertThat(error.message()).contains(message);
    }

    @Test
    void theTypeDecidesOverTheStatusSoBillingIsNeverRetried() {
        ProviderError error = classify(429, FIXTURES.read("error-402-billing.json"));
        assertThat(error.kind()).isEqualTo(Kind.QUOTA);
        assertThat(error.retryable()).isFalse();
    }

    @Test
    void overloadedTypeIsRetryableOnAnyStatus() {
        ProviderError error = classify(503, FIXTURES.read("error-529.json"));
        assertThat(error.kind()).isEqualTo(Kind.OVERLOADED);
        assertThat(error.retryable()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1} retryable={2}")
    @CsvSource({
            "400, BAD_REQUEST, false", "401, AUTH, false", "402, QUOTA, false", "403, PERMISSION, false",
            "404, NOT_FOUND, false", "408, TIMEOUT, true", "409, SERVER, true", "413, BAD_REQUEST, false",
            "422, BAD_REQUEST, false", "429, RATE_LIMIT, true", "500, SERVER, true", "503, SERVER, true",
            "529, OVERLOADED, true", "418, BAD_REQUEST, false",
    })
    void anUnknownTypeFallsBackToTheStatus(int status, Kind kind, boolean retryable) {
        ProviderError error = classify(status,
                "{\"type\":\"error\",\"error\":{\"type\":\"brand_new_error\",\"message\":\"Something new\"}}");

        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.retryable()).isEqualTo(retryable);
        assertThat(error.message()).isEqualTo("Something new (brand_new_error)");
    }

    @Test
    void anHtmlProxyPageIsDescribedByItsTitle() {
        ProviderError error = classify(502, FIXTURES.read("error-proxy.html"));

        assertThat(error.kind()).isEqualTo(Kind.SERVER);
        assertThat(error.retryable()).isTrue();
        assertThat(error.message()).isEqualTo("HTTP 502 from the server, body is HTML, not JSON: 502 Bad Gateway");
    }

    @Test
    void anEmptyBodyStillGivesAClearMessage() {
        ProviderError error = classify(503, "");
        assertThat(error.kind()).isEqualTo(Kind.SERVER);
        assertThat(error.message()).isEqualTo("HTTP 503 from the server with an empty body");
        assertThat(classify(401, null).message()).isEqualTo("HTTP 401 from the server with an empty body");
        assertThat(classify(401, null).kind()).isEqualTo(Kind.AUTH);
    }

    @Test
    void plainTextIsQuotedShortly() {
        ProviderError error = classify(504, FIXTURES.read("error-plain.txt"));
        assertThat(error.kind()).isEqualTo(Kind.SERVER);
        assertThat(error.message()).isEqualTo("HTTP 504 from the server, body is not JSON: upstream request timeout");

        String longText = "word ".repeat(200);
        assertThat(classify(500, longText).message()).endsWith("…")
                .hasSizeLessThanOrEqualTo("HTTP 500 from the server, body is not JSON: ".length()
                        + ErrorBodies.EXCERPT_LIMIT);
    }

    @Test
    void aGatewaysErrorStringIsUsedAsTheMessage() {
        ProviderError error = classify(503, FIXTURES.read("error-gateway-string.json"));
        assertThat(error.kind()).isEqualTo(Kind.SERVER);
        assertThat(error.message()).isEqualTo("upstream connect error or disconnect/reset before headers");
    }

    @Test
    void jsonThatIsNotAnErrorObjectIsQuoted() {
        assertThat(classify(500, "{\"status\":\"down\"}").message())
                .isEqualTo("HTTP 500 from the server, body is not Anthropic's error JSON: {\"status\":\"down\"}");
        assertThat(classify(500, "[1,2]").message()).endsWith("error JSON: [1,2]");
    }
}
