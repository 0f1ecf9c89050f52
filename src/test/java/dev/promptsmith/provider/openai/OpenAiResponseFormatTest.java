package dev.promptsmith.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ResponseFormat;
import dev.promptsmith.provider.Secret;
import dev.promptsmith.provider.http.Endpoint;
import dev.promptsmith.provider.http.HttpRequestSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code response_format} in the request body, after reference §1.1 ({@code json_schema} object:
 * name, schema, strict) and openai-python {@code shared_params/response_format_json_schema.py}.
 */
class OpenAiResponseFormatTest {

    static final Path INVOICE_SCHEMA = Path.of("sample-projects", "invoice-extraction", "schemas", "invoice.json");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OpenAiWireFormat format = new OpenAiWireFormat();
    private final Endpoint openai = endpoint(Map.of());
    private final List<ChatMessage> messages = List.of(
            ChatMessage.system("Extract the invoice as JSON."),
            ChatMessage.user("INVOICE INV-1042 …"));
    private final ModelParams params = ModelParams.NONE.withMaxTokens(800);

    @Test
    void noFormatSendsNoResponseFormat() throws Exception {
        JsonNode body = body(openai, null, false);

        assertThat(body).isEqualTo(MAPPER.readTree("""
                {"model":"gpt-4o",
                 "messages":[{"role":"system","content":"Extract the invoice as JSON."},
                             {"role":"user","content":"INVOICE INV-1042 …"}],
                 "max_tokens":800}
                """));
    }

    @Test
    void anyJsonIsJsonMode() throws Exception {
        JsonNode body = body(openai, ResponseFormat.anyJson(), false);

        assertThat(body).isEqualTo(MAPPER.readTree("""
                {"model":"gpt-4o",
                 "messages":[{"role":"system","content":"Extract the invoice as JSON."},
                             {"role":"user","content":"INVOICE INV-1042 …"}],
                 "max_tokens":800,
                 "response_format":{"type":"json_object"}}
                """));
    }

    @Test
    void invoiceSchemaIsEmbeddedAsATreeWithStrictOff() throws Exception {
        String schema = Files.readString(INVOICE_SCHEMA);

        JsonNode body = body(openai, new ResponseFormat("invoice", schema), false);

        assertThat(body).isEqualTo(MAPPER.readTree("""
                {"model":"gpt-4o",
                 "messages":[{"role":"system","content":"Extract the invoice as JSON."},
                             {"role":"user","content":"INVOICE INV-1042 …"}],
                 "max_tokens":800,
                 "response_format":{"type":"json_schema",
                                    "json_schema":{"name":"invoice","schema":%s,"strict":false}}}
                """.formatted(schema)));
        assertThat(body.at("/response_format/json_schema/schema").isObject()).isTrue();
    }

    @Test
    void streamingRequestCarriesTheFormatToo() {
        JsonNode body = body(openai, new ResponseFormat("label", "{\"type\":\"object\"}"), true);

        assertThat(body.get("stream").asBoolean()).isTrue();
        assertThat(body.at("/response_format/type").asText()).isEqualTo("json_schema");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", " true "})
    void strictSchemaOptionTurnsStrictOn(String value) {
        Endpoint strict = endpoint(Map.of(OpenAiEndpointOptions.STRICT_SCHEMA, value));

        JsonNode body = body(strict, new ResponseFormat("label", "{\"type\":\"object\"}"), false);

        assertThat(body.at("/response_format/json_schema/strict").asBoolean()).isTrue();
    }

    @Test
    void unknownStrictSchemaValueIsAConfigurationBug() {
        Endpoint endpoint = endpoint(Map.of(OpenAiEndpointOptions.STRICT_SCHEMA, "yes"));

        assertThatThrownBy(() -> body(endpoint, new ResponseFormat("label", "{}"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictSchema").hasMessageContaining("yes");
    }

    @Test
    void schemaThatIsNotJsonIsRefusedNamingTheSchemaAndThePlace() {
        ResponseFormat broken = new ResponseFormat("invoice", "{\n  \"type\": \"object\",\n  \"properties\": {\n}");

        assertThatThrownBy(() -> body(openai, broken, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The JSON schema 'invoice' is not valid JSON (line 4, column ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "[]", "\"object\"", "", "   "})
    void schemaThatIsNotAnObjectIsRefused(String schema) {
        assertThatThrownBy(() -> body(openai, new ResponseFormat("label", schema), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The JSON schema 'label' must be a JSON object {…}");
    }

    @Test
    void lmStudioPresetAsksForAnyJsonThroughASchema() throws Exception {
        Endpoint lmstudio = OpenAiPresets.builtIn().find("lmstudio").orElseThrow().endpoint(null, null, Map.of(), Map.of());

        JsonNode body = body(lmstudio, ResponseFormat.anyJson(), false);

        assertThat(body.get("response_format")).isEqualTo(MAPPER.readTree("""
                {"type":"json_schema","json_schema":{"name":"response","schema":{"type":"object"},"strict":false}}
                """));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lmstudio", "llamacpp", "vllm", "ollama-openai"})
    void localServersGetTheSameJsonSchemaAsOpenAi(String preset) {
        Endpoint local = OpenAiPresets.builtIn().find(preset).orElseThrow().endpoint(null, null, Map.of(), Map.of());
        ResponseFormat label = new ResponseFormat("label", "{\"type\":\"object\",\"required\":[\"label\"]}");

        assertThat(body(local, label, false).get("response_format"))
                .isEqualTo(body(openai, label, false).get("response_format"));
    }

    @Test
    void unknownAnyJsonValueIsAConfigurationBug() {
        Endpoint endpoint = endpoint(Map.of(OpenAiEndpointOptions.ANY_JSON, "grammar"));

        assertThatThrownBy(() -> body(endpoint, ResponseFormat.anyJson(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("anyJson").hasMessageContaining("grammar");
    }

    private JsonNode body(Endpoint endpoint, ResponseFormat responseFormat, boolean stream) {
        HttpRequestSpec spec = format.chatRequest(endpoint, new ChatRequest("gpt-4o", messages, params, responseFormat), stream);
        try {
            return MAPPER.readTree(spec.jsonBody());
        } catch (Exception e) {
            throw new AssertionError("Request body is not JSON: " + spec.jsonBody(), e);
        }
    }

    private static Endpoint endpoint(Map<String, String> options) {
        return new Endpoint("https://api.openai.com/v1", Secret.of("sk-test-0123456789abcdef"), Map.of(), options);
    }
}
