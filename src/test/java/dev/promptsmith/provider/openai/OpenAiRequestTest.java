package dev.promptsmith.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.Secret;
import dev.promptsmith.provider.http.Endpoint;
import dev.promptsmith.provider.http.HttpRequestSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request bodies, URLs and headers, after reference §1.1 (request fields, auth) and §1.6 (local servers). */
class OpenAiRequestTest {

    private static final String KEY = "sk-test-0123456789abcdefKEY";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OpenAiWireFormat format = new OpenAiWireFormat();
    private final Endpoint openai = new Endpoint("https://api.openai.com/v1/", Secret.of(KEY), Map.of(), Map.of());
    private final List<ChatMessage> messages = List.of(
            ChatMessage.system("You classify tickets."),
            ChatMessage.user("My card was charged twice."),
            ChatMessage.assistant("billing"),
            ChatMessage.user("And now?"));

    @Test
    void nonStreamingRequestCarriesMessagesAndEverySetParameter() throws Exception {
        ModelParams params = new ModelParams(0.2, 64, 0.9, List.of("\n\n", "END"));
        HttpRequestSpec spec = format.chatRequest(openai, new ChatRequest("gpt-4o-mini", messages, params), false);

        assertThat(tree(spec)).isEqualTo(MAPPER.readTree("""
                {"model":"gpt-4o-mini",
                 "messages":[{"role":"system","content":"You classify tickets."},
                             {"role":"user","content":"My card was charged twice."},
                             {"role":"assistant","content":"billing"},
                             {"role":"user","content":"And now?"}],
                 "temperature":0.2,"top_p":0.9,"max_tokens":64,"stop":["\\n\\n","END"]}
                """));
    }

    @Test
    void unsetParametersAreLeftOut() throws Exception {
        HttpRequestSpec spec = format.chatRequest(openai, new ChatRequest("gpt-4o", messages.subList(1, 2), null), false);

        assertThat(tree(spec)).isEqualTo(MAPPER.readTree("""
                {"model":"gpt-4o","messages":[{"role":"user","content":"My card was charged twice."}]}
                """));
    }

    @Test
    void streamingRequestAsksForUsage() throws Exception {
        JsonNode body = tree(format.chatRequest(openai, new ChatRequest("gpt-4o", messages, null), true));

        assertThat(body.get("stream").asBoolean()).isTrue();
        assertThat(body.get("stream_options")).isEqualTo(MAPPER.readTree("{\"include_usage\":true}"));
    }

    @Test
    void streamUsageOptionOffLeavesOutStreamOptions() {
        Endpoint mistral = new Endpoint("https://api.mistral.ai/v1", Secret.of(KEY), Map.of(),
                Map.of(OpenAiEndpointOptions.STREAM_USAGE, "false"));
        JsonNode body = tree(format.chatRequest(mistral, new ChatRequest("mistral-large-latest", messages, null), true));

        assertThat(body.get("stream").asBoolean()).isTrue();
        assertThat(body.has("stream_options")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"o1", "o1-mini", "o3-mini-2025-01-31", "o4-mini", "gpt-5", "gpt-5-mini", "gpt-5.1",
            "GPT-5-nano", "openai/o3", "openai/gpt-5", "ft:o4-mini-2025-04-16:acme::abc123"})
    void reasoningModelsGetMaxCompletionTokens(String model) {
        JsonNode body = tree(format.chatRequest(openai, new ChatRequest(model, messages, ModelParams.NONE.withMaxTokens(500)), false));

        assertThat(body.get("max_completion_tokens").asInt()).isEqualTo(500);
        assertThat(body.has("max_tokens")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-3.5-turbo", "omni-moderation-latest",
            "llama3.1:8b", "meta-llama/Llama-3.3-70B-Instruct-Turbo", "orca-mini", "mistral-large-latest"})
    void otherModelsGetMaxTokens(String model) {
        JsonNode body = tree(format.chatRequest(openai, new ChatRequest(model, messages, ModelParams.NONE.withMaxTokens(500)), false));

        assertThat(body.get("max_tokens").asInt()).isEqualTo(500);
        assertThat(body.has("max_completion_tokens")).isFalse();
    }

    @Test
    void maxTokensFieldOptionWinsOverTheModelName() {
        Endpoint deployment = new Endpoint("https://acme.openai.azure.com/openai/deployments/prod", Secret.of(KEY),
                Map.of(), Map.of(OpenAiEndpointOptions.MAX_TOKENS_FIELD, "max_completion_tokens"));
        JsonNode body = tree(format.chatRequest(deployment, new ChatRequest("prod", messages, ModelParams.NONE.withMaxTokens(9)), false));

        assertThat(body.get("max_completion_tokens").asInt()).isEqualTo(9);
    }

    @Test
    void unknownMaxTokensFieldOptionIsAConfigurationBug() {
        Endpoint endpoint = new Endpoint("http://x/v1", null, Map.of(), Map.of(OpenAiEndpointOptions.MAX_TOKENS_FIELD, "maxTokens"));
        ChatRequest request = new ChatRequest("m", messages, ModelParams.NONE.withMaxTokens(9));

        assertThatThrownBy(() -> format.chatRequest(endpoint, request, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTokens");
    }

    @Test
    void postsToChatCompletionsWithBearerKeyOnlyInTheAuthorizationHeader() {
        HttpRequestSpec spec = format.chatRequest(openai, new ChatRequest("gpt-4o", messages, null), true);

        assertThat(spec.url()).isEqualTo("https://api.openai.com/v1/chat/completions");
        assertThat(spec.headers()).containsExactlyEntriesOf(Map.of("Authorization", "Bearer " + KEY));
        assertKeyOnlyIn(spec, "Authorization");
    }

    @Test
    void endpointWithoutKeySendsNoAuthorizationHeader() {
        Endpoint local = new Endpoint("http://localhost:8080/v1", null, Map.of(), Map.of());
        HttpRequestSpec spec = format.chatRequest(local, new ChatRequest("any", messages, null), true);

        assertThat(spec.url()).isEqualTo("http://localhost:8080/v1/chat/completions");
        assertThat(spec.headers()).doesNotContainKeys("Authorization", "api-key");
    }

    @Test
    void blankKeyCountsAsNoKey() {
        Endpoint local = new Endpoint("http://localhost:1234/v1", Secret.of("  "), Map.of(), Map.of());

        assertThat(format.chatRequest(local, new ChatRequest("m", messages, null), false).headers())
                .doesNotContainKey("Authorization");
    }

    @Test
    void azureDeploymentGetsApiVersionQueryAndApiKeyHeader() {
        Endpoint azure = new Endpoint("https://acme.openai.azure.com/openai/deployments/gpt4o-prod", Secret.of(KEY),
                Map.of(), Map.of(OpenAiEndpointOptions.AUTH, OpenAiEndpointOptions.AUTH_API_KEY,
                        OpenAiEndpointOptions.API_VERSION, "2024-10-21"));
        HttpRequestSpec spec = format.chatRequest(azure, new ChatRequest("gpt-4o", messages, null), true);

        assertThat(spec.url()).isEqualTo(
                "https://acme.openai.azure.com/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21");
        assertThat(spec.headers()).containsEntry("api-key", KEY).doesNotContainKey("Authorization");
        assertKeyOnlyIn(spec, "api-key");
    }

    @Test
    void extraHeadersAreSentButTheKeyHeaderWins() {
        Endpoint endpoint = new Endpoint("https://openrouter.ai/api/v1", Secret.of(KEY),
                Map.of("HTTP-Referer", "https://promptsmith.dev", "X-Title", "Promptsmith", "Authorization", "stale"),
                Map.of());
        HttpRequestSpec spec = format.chatRequest(endpoint, new ChatRequest("openai/gpt-4o", messages, null), false);

        assertThat(spec.headers()).containsEntry("HTTP-Referer", "https://promptsmith.dev")
                .containsEntry("X-Title", "Promptsmith")
                .containsEntry("Authorization", "Bearer " + KEY);
    }

    @Test
    void unknownAuthOptionIsAConfigurationBug() {
        Endpoint endpoint = new Endpoint("http://x/v1", Secret.of(KEY), Map.of(), Map.of(OpenAiEndpointOptions.AUTH, "basic"));

        assertThatThrownBy(() -> format.chatRequest(endpoint, new ChatRequest("m", messages, null), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("basic")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void modelsRequestIsAGetOfModelsWithTheKey() {
        HttpRequestSpec spec = format.modelsRequest(openai);

        assertThat(spec.url()).isEqualTo("https://api.openai.com/v1/models");
        assertThat(spec.jsonBody()).isNull();
        assertThat(spec.headers()).containsExactlyEntriesOf(Map.of("Authorization", "Bearer " + KEY));
    }

    @Test
    void azureDeploymentHasNoModelList() {
        Endpoint azure = new Endpoint("https://acme.openai.azure.com/openai/deployments/prod", Secret.of(KEY), Map.of(),
                Map.of(OpenAiEndpointOptions.AUTH, OpenAiEndpointOptions.AUTH_API_KEY, OpenAiEndpointOptions.API_VERSION, "2024-10-21"));

        assertThat(format.modelsRequest(azure)).isNull();
    }

    private static JsonNode tree(HttpRequestSpec spec) {
        try {
            return MAPPER.readTree(spec.jsonBody());
        } catch (Exception e) {
            throw new AssertionError("Request body is not JSON: " + spec.jsonBody(), e);
        }
    }

    private static void assertKeyOnlyIn(HttpRequestSpec spec, String header) {
        assertThat(spec.url()).doesNotContain(KEY);
        assertThat(spec.jsonBody()).doesNotContain(KEY);
        spec.headers().forEach((name, value) -> {
            if (!name.equals(header)) {
                assertThat(value).as("header " + name).doesNotContain(KEY);
            }
        });
    }
}
