package dev.promptsmith.provider.openai;

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
 * Error bodies. Fixture sources: reference §1.1 "Errors" ({@code {"error":{message,type,param,code}}},
 * 429 rate limit vs {@code insufficient_quota}); §1.6 (vLLM's top-level {@code "object":"error"});
 * LM Studio's bare {@code {"error":"…"}}; Mistral's 422 with pydantic details; OpenRouter's 402;
 * a proxy's HTML 502 page.
 */
class OpenAiErrorClassificationTest {

    private static final WireFixtures FIXTURES = new WireFixtures(OpenAiErrorClassificationTest.class);

    private final OpenAiWireFormat format = new OpenAiWireFormat();

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "400, error-400.json,            BAD_REQUEST, false, Invalid value for 'temperature': must be between 0 and 2.",
            "403, error-403.json,            PERMISSION,  false, Project `proj_abc` does not have access to model `o1`",
            "404, error-404.json,            NOT_FOUND,   false, The model `gpt-7` does not exist or you do not have access to it.",
            "429, error-429-quota.json,      QUOTA,       false, 'You exceeded your current quota, please check your plan and billing details.'",
            "500, error-500.json,            SERVER,      true,  The server had an error while processing your request. Sorry about that!",
            "402, error-402-openrouter.json, QUOTA,       false, Insufficient credits. Add more using https://openrouter.ai/credits",
            "404, error-vllm.json,           NOT_FOUND,   false, The model `llama-3` does not exist.",
            "404, error-lmstudio.json,       NOT_FOUND,   false, Unexpected endpoint or method. (POST /v1/chat/completion)"
    })
    void documentedBodiesGiveKindRetryAndTheProvidersMessage(int status, String fixture, Kind kind, boolean retryable,
                                                            String message) {
        ProviderError error = classify(status, FIXTURES.read(fixture));

        assertThat(error).isEqualTo(new ProviderError(kind, status, message, retryable));
    }

    /** error-429-rate-limit.json: same status as quota, told apart by type/code. */
    @Test
    void rateLimitIsRetryable() {
        ProviderError error = classify(429, FIXTURES.read("error-429-rate-limit.json"));

        assertThat(error.kind()).isEqualTo(Kind.RATE_LIMIT);
        assertThat(error.retryable()).isTrue();
        assertThat(error.message()).startsWith("Rate limit reached for gpt-4o");
    }

    @Test
    void quotaCodeWithoutQuotaTypeIsStillQuota() {
        ProviderError error = classify(429, "{\"error\":{\"message\":\"No credit\",\"type\":\"requests\",\"code\":\"insufficient_quota\"}}");

        assertThat(error.kind()).isEqualTo(Kind.QUOTA);
        assertThat(error.retryable()).isFalse();
    }

    /** error-503-overloaded.json. */
    @Test
    void overloadedModelOn503IsARetryableServerError() {
        ProviderError error = classify(503, FIXTURES.read("error-503-overloaded.json"));

        assertThat(error.kind()).isEqualTo(Kind.SERVER);
        assertThat(error.retryable()).isTrue();
    }

    @Test
    void overloadedTypeIsOverloadedWhateverTheStatus() {
        ProviderError error = classify(500, "{\"error\":{\"message\":\"Busy\",\"type\":\"overloaded_error\"}}");

        assertThat(error.kind()).isEqualTo(Kind.OVERLOADED);
        assertThat(error.retryable()).isTrue();
    }

    /** error-401.json: OpenAI echoes a masked key; nothing key-like reaches the message. */
    @Test
    void authErrorIsNotRetriedAndKeyLikeTextIsRedacted() {
        ProviderError error = classify(401, FIXTURES.read("error-401.json"));

        assertThat(error.kind()).isEqualTo(Kind.AUTH);
        assertThat(error.retryable()).isFalse();
        assertThat(error.message()).startsWith("Incorrect API key provided: [key redacted].")
                .doesNotContain("sk-").doesNotContain("3xYz");
    }

    @Test
    void fullKeyEchoedByAProxyIsRedacted() {
        ProviderError error = classify(401,
                "{\"error\":{\"message\":\"Invalid proxy token. Received API Key = sk-abcdefghijklmnop1234, hash x\"}}");

        assertThat(error.message()).isEqualTo("Invalid proxy token. Received API Key = [key redacted], hash x");
    }

    /** error-422-mistral.json: message is an object of validation details, not text. */
    @Test
    void validationDetailsBecomeAReadableMessage() {
        ProviderError error = classify(422, FIXTURES.read("error-422-mistral.json"));

        assertThat(error.kind()).isEqualTo(Kind.BAD_REQUEST);
        assertThat(error.message()).isEqualTo("body.stream_options.include_usage: Extra inputs are not permitted");
    }

    /** error-proxy.html: a Cloudflare 502 page. */
    @Test
    void htmlFromAProxyGivesStatusAndPageTitle() {
        ProviderError error = classify(502, FIXTURES.read("error-proxy.html"));

        assertThat(error).isEqualTo(new ProviderError(Kind.SERVER, 502,
                "HTTP 502 from the server, body is HTML, not JSON: 502 Bad Gateway", true));
    }

    @Test
    void emptyBodySaysSo() {
        assertThat(classify(503, "").message()).isEqualTo("HTTP 503 from the server with an empty body");
        assertThat(classify(503, null).message()).isEqualTo("HTTP 503 from the server with an empty body");
    }

    @Test
    void plainTextBodyIsQuotedShortly() {
        ProviderError error = classify(500, "upstream connect error or disconnect/reset before headers. " + "x".repeat(300));

        assertThat(error.message()).startsWith("HTTP 500 from the server, body is not JSON: upstream connect error")
                .hasSizeLessThanOrEqualTo("HTTP 500 from the server, body is not JSON: ".length() + 120);
    }

    @Test
    void jsonWithoutAMessageNamesItsTypeOrQuotesItself() {
        assertThat(classify(400, "{\"error\":{\"type\":\"invalid_request_error\"}}").message())
                .isEqualTo("HTTP 400 from the server: invalid_request_error");
        assertThat(classify(500, "{\"error\":{\"message\":\"\",\"type\":\"server_error\"}}").message())
                .isEqualTo("HTTP 500 from the server: server_error");
        assertThat(classify(400, "{\"ok\":false}").message())
                .isEqualTo("HTTP 400 from the server, JSON without an error message: {\"ok\":false}");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "401, AUTH,        false",
            "403, PERMISSION,  false",
            "404, NOT_FOUND,   false",
            "400, BAD_REQUEST, false",
            "413, BAD_REQUEST, false",
            "422, BAD_REQUEST, false",
            "418, BAD_REQUEST, false",
            "408, TIMEOUT,     true",
            "409, SERVER,      true",
            "429, RATE_LIMIT,  true",
            "500, SERVER,      true",
            "502, SERVER,      true",
            "503, SERVER,      true",
            "529, OVERLOADED,  true"
    })
    void statusAloneDecidesWhenTheBodySaysNothing(int status, Kind kind, boolean retryable) {
        ProviderError error = classify(status, "");

        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.retryable()).isEqualTo(retryable);
        assertThat(error.status()).isEqualTo(status);
    }

    @Test
    void noWaitIsReadFromTheBody() {
        ErrorReport report = format.classifyError(429, Map.of("retry-after", List.of("3")),
                FIXTURES.read("error-429-rate-limit.json"));

        assertThat(report.retryAfterMillis()).isEqualTo(-1);
    }

    private ProviderError classify(int status, String body) {
        return format.classifyError(status, Map.of(), body).error();
    }
}
