package dev.promptsmith.provider.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.http.WireFixtures;
import dev.promptsmith.provider.http.WireFormat.ErrorReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ollama error bodies, {@code {"error":"…"}} (reference §1.5 and §0 "Error body"). The messages follow
 * Ollama's own wording; error-404-page.txt is Go's plain "404 page not found" for a wrong path (e.g.
 * a base URL ending in /v1); error-proxy.html is an nginx 502 page.
 */
class OllamaErrorTest {

    private static final WireFixtures FIXTURES = new WireFixtures(OllamaErrorTest.class);

    private final OllamaWireFormat format = new OllamaWireFormat();

    private ErrorReport classify(int status, String fixture) {
        return format.classifyError(status, Map.of("Content-Type", List.of("application/json")),
                FIXTURES.read(fixture));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "400, error-400.json, BAD_REQUEST, false",
            "401, error-401.json, AUTH, false",
            "404, error-404-model.json, NOT_FOUND, false",
            "404, error-404-page.txt, NOT_FOUND, false",
            "500, error-500.json, SERVER, true",
            "503, error-503-busy.json, OVERLOADED, true",
            "502, error-proxy.html, SERVER, true"})
    void eachErrorHasItsKindAndRetryability(int status, String fixture, Kind kind, boolean retryable) {
        ErrorReport report = classify(status, fixture);
        assertThat(report.error().kind()).isEqualTo(kind);
        assertThat(report.error().retryable()).isEqualTo(retryable);
        assertThat(report.error().status()).isEqualTo(status);
        assertThat(report.retryAfterMillis()).isEqualTo(-1);
    }

    @Test
    void aModelThatIsNotPulledKeepsOllamasAdvice() {
        assertThat(classify(404, "error-404-model.json").error().message())
                .isEqualTo("model 'llama9' not found, try pulling it first");
    }

    @Test
    void bodiesThatAreNotOllamaJsonStillGiveAClearMessage() {
        assertThat(classify(404, "error-404-page.txt").error().message())
                .isEqualTo("HTTP 404 from the server, body is not JSON: 404 page not found");
        assertThat(classify(502, "error-proxy.html").error().message())
                .isEqualTo("HTTP 502 from the server, body is HTML, not JSON: 502 Bad Gateway");
        assertThat(format.classifyError(500, Map.of(), "").error())
                .isEqualTo(new ProviderError(Kind.SERVER, 500, "HTTP 500 from the server with an empty body", true));
        assertThat(format.classifyError(422, Map.of(), "{\"detail\":\"nope\"}").error())
                .isEqualTo(new ProviderError(Kind.BAD_REQUEST, 422,
                        "HTTP 422 from Ollama, not its error format: {\"detail\":\"nope\"}", false));
    }

    @Test
    void anOpenAiStyleErrorFromAGatewayIsRead() {
        String body = "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"rate_limit\"}}";
        ProviderError error = format.classifyError(429, Map.of(), body).error();
        assertThat(error.kind()).isEqualTo(Kind.RATE_LIMIT);
        assertThat(error.retryable()).isTrue();
        assertThat(error.message()).isEqualTo("Rate limit reached");
    }

    @Test
    void timeoutsConflictsAndOverloadAreRetryable() {
        assertThat(format.classifyError(408, Map.of(), "").error().kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(format.classifyError(409, Map.of(), "").error().retryable()).isTrue();
        assertThat(format.classifyError(529, Map.of(), "").error().kind()).isEqualTo(Kind.OVERLOADED);
        assertThat(format.classifyError(503, Map.of(), "{\"error\":\"loading model\"}").error().kind())
                .isEqualTo(Kind.SERVER);
    }
}
