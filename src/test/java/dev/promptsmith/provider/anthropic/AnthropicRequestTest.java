package dev.promptsmith.provider.anthropic;

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
import dev.promptsmith.provider.http.WireFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The request side: body JSON, URL and headers. Expected bodies are request-full.json and
 * request-minimal.json, written from reference §1.3 "Request"; header rules from §1.3 "API versions".
 */
class AnthropicRequestTest {

    private static final WireFixtures FIXTURES = new WireFixtures(AnthropicRequestTest.class);

    private static final String KEY = "sk-ant-api03-test-key-4f9c";
    private static final String BASE = "https://api.anthropic.com/v1";

    private final ObjectMapper json = new ObjectMapper();
    private final AnthropicWireFormat format = new AnthropicWireFormat();

    private static Endpoint endpoint(Map<String, String> headers, Map<String, String> options) {
        return new Endpoint(BASE, Secret.of(KEY), headers, options);
    }

    private static ChatRequest hello(ModelParams params) {
        return new ChatRequest("claude-3-5-haiku-latest", List.of(ChatMessage.user("Hello")), params);
    }

    private JsonNode body(HttpRequestSpec spec) throws Exception {
        return json.readTree(spec.jsonBody());
    }

    @Test
    void fullRequestHoistsSystemMergesSameRoleTurnsAndMapsEveryParameter() throws Exception {
        ChatRequest request = new ChatRequest("claude-sonnet-4-5", List.of(
                ChatMessage.system("You classify support tickets."),
                ChatMessage.user("My card was charged twice."),
                ChatMessage.assistant("billing"),
                ChatMessage.system("Answer with one label."),
                ChatMessage.user("Example over; now the real ticket:"),
                ChatMessage.user("The app crashes on start.")),
                new ModelParams(0.25, 512, 0.9, List.of("\n\n", "END")));

        HttpRequestSpec spec = format.chatRequest(endpoint(null, null), request, true);

        assertThat(body(spec)).isEqualTo(json.readTree(FIXTURES.read("request-full.json")));
        assertThat(spec.url()).isEqualTo(BASE + "/messages");
    }

    @Test
    void unsetParametersAreLeftOutButMaxTokensGetsTheDocumentedDefault() throws Exception {
        HttpRequestSpec spec = format.chatRequest(endpoint(null, null), hello(ModelParams.NONE), false);

        assertThat(body(spec)).isEqualTo(json.readTree(FIXTURES.read("request-minimal.json")));
        assertThat(body(spec).path("max_tokens").intValue()).isEqualTo(AnthropicRequestBody.DEFAULT_MAX_TOKENS);
    }

    @Test
    void anEmptyStopListSetsNothing() throws Exception {
        HttpRequestSpec spec = format.chatRequest(endpoint(null, null), hello(ModelParams.NONE.withStop(List.of())),
                false);
        assertThat(body(spec).has("stop_sequences")).isFalse();
    }

    @Test
    void aLeadingOrTrailingAssistantTurnIsSentAsWritten() throws Exception {
        ChatRequest request = new ChatRequest("m", List.of(ChatMessage.assistant("Earlier answer"),
                ChatMessage.user("Go on"), ChatMessage.assistant("{\"label\":")), ModelParams.NONE);

        JsonNode messages = body(format.chatRequest(endpoint(null, null), request, false)).path("messages");

        assertThat(messages).hasSize(3);
        assertThat(messages.get(0).path("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(2).path("content").asText()).isEqualTo("{\"label\":");
    }

    @Test
    void onlySystemMessagesGiveNoTurnsAndNoEmptySystemIsSent() throws Exception {
        JsonNode onlySystem = body(format.chatRequest(endpoint(null, null),
                new ChatRequest("m", List.of(ChatMessage.system("Rules")), ModelParams.NONE), false));
        JsonNode noSystem = body(format.chatRequest(endpoint(null, null), hello(ModelParams.NONE), false));

        assertThat(onlySystem.path("system").asText()).isEqualTo("Rules");
        assertThat(onlySystem.path("messages")).isEmpty();
        assertThat(noSystem.has("system")).isFalse();
    }

    @Test
    void classicVersionSendsTheKeyAsXApiKey() {
        HttpRequestSpec spec = format.chatRequest(endpoint(null, null), hello(ModelParams.NONE), false);

        assertThat(spec.headers()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "x-api-key", KEY,
                "anthropic-version", "2023-06-01",
                "content-type", "application/json"));
    }

    @Test
    void theKeyAppearsOnlyInItsHeader() {
        HttpRequestSpec spec = format.chatRequest(endpoint(Map.of("anthropic-beta", "x"), null),
                hello(new ModelParams(0.0, 10, null, List.of("stop"))), true);

        assertThat(spec.url()).doesNotContain(KEY);
        assertThat(spec.jsonBody()).doesNotContain(KEY);
        assertThat(spec.headers()).allSatisfy((name, value) -> {
            if (!name.equals("x-api-key")) {
                assertThat(value).doesNotContain(KEY);
            }
        });
    }

    @Test
    void theVersionOptionIsSentAsIs() {
        HttpRequestSpec spec = format.chatRequest(endpoint(null, Map.of("anthropicVersion", "2024-01-01")),
                hello(ModelParams.NONE), false);
        assertThat(spec.headers()).containsEntry("anthropic-version", "2024-01-01").containsEntry("x-api-key", KEY);
    }

    @Test
    void version20261021AndLaterSendTheKeyAsBearerToken() {
        for (String version : List.of("2026-10-21", "2027-03-01")) {
            HttpRequestSpec spec = format.chatRequest(endpoint(null, Map.of("anthropicVersion", version)),
                    hello(ModelParams.NONE), false);
            assertThat(spec.headers()).containsEntry("authorization", "Bearer " + KEY)
                    .containsEntry("anthropic-version", version)
                    .doesNotContainKey("x-api-key");
        }
    }

    @Test
    void theAuthOptionOverridesTheChoiceByVersion() {
        HttpRequestSpec bearer = format.chatRequest(endpoint(null, Map.of("auth", "bearer")),
                hello(ModelParams.NONE), false);
        HttpRequestSpec apiKey = format.chatRequest(
                endpoint(null, Map.of("auth", "x-api-key", "anthropicVersion", "2026-10-21")),
                hello(ModelParams.NONE), false);

        assertThat(bearer.headers()).containsEntry("authorization", "Bearer " + KEY)
                .containsEntry("anthropic-version", "2023-06-01").doesNotContainKey("x-api-key");
        assertThat(apiKey.headers()).containsEntry("x-api-key", KEY).doesNotContainKey("authorization");
    }

    @Test
    void anUnknownAuthOptionIsRefusedWithoutNamingTheKey() {
        assertThatThrownBy(() -> format.chatRequest(endpoint(null, Map.of("auth", "basic")),
                hello(ModelParams.NONE), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("basic").hasMessageContaining("bearer")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void endpointHeadersAreKeptButCannotReplaceTheKeyOrVersion() {
        HttpRequestSpec spec = format.chatRequest(endpoint(Map.of("Anthropic-Beta", "prompt-caching-2024-07-31",
                "X-Api-Key", "other", "anthropic-version", "1999-01-01"), null), hello(ModelParams.NONE), false);

        assertThat(spec.headers()).containsEntry("anthropic-beta", "prompt-caching-2024-07-31")
                .containsEntry("x-api-key", KEY)
                .containsEntry("anthropic-version", "2023-06-01");
    }

    @Test
    void withoutAKeyNoAuthHeaderIsAddedAndAGatewayTokenStays() {
        Endpoint gateway = new Endpoint("https://gateway.example/anthropic/v1", null,
                Map.of("Authorization", "Bearer gateway-token"), null);

        HttpRequestSpec spec = format.chatRequest(gateway, hello(ModelParams.NONE), false);

        assertThat(spec.url()).isEqualTo("https://gateway.example/anthropic/v1/messages");
        assertThat(spec.headers()).containsEntry("authorization", "Bearer gateway-token")
                .doesNotContainKey("x-api-key");
    }

    @Test
    void modelsRequestIsAGetWithTheSameAuthAndNoBody() {
        HttpRequestSpec spec = format.modelsRequest(endpoint(null, null));

        assertThat(spec.url()).isEqualTo(BASE + "/models?limit=1000");
        assertThat(spec.jsonBody()).isNull();
        assertThat(spec.headers()).containsEntry("x-api-key", KEY)
                .containsEntry("anthropic-version", "2023-06-01")
                .doesNotContainKey("content-type");
    }

    @Test
    void aTrailingSlashInTheBaseUrlGivesNoDoubleSlash() {
        Endpoint slash = new Endpoint(AnthropicWireFormat.DEFAULT_BASE_URL + "/", Secret.of(KEY), null, null);
        assertThat(format.chatRequest(slash, hello(ModelParams.NONE), false).url())
                .isEqualTo("https://api.anthropic.com/v1/messages");
    }
}
