package dev.promptsmith.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ResponseFormat;
import dev.promptsmith.provider.Secret;
import dev.promptsmith.provider.http.Endpoint;
import dev.promptsmith.provider.http.WireFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Structured output on the request side: a {@link ResponseFormat} becomes one tool forced by
 * {@code tool_choice} (reference §1.3 "Request": {@code tools[]} as {@code {name, description,
 * input_schema}}, {@code tool_choice}). Expected bodies are request-*.json next to this class.
 */
class AnthropicStructuredRequestTest {

    private static final WireFixtures FIXTURES = new WireFixtures(AnthropicStructuredRequestTest.class);
    private static final Path INVOICE_SCHEMA = Path.of("sample-projects", "invoice-extraction", "schemas",
            "invoice.json");

    private final ObjectMapper json = new ObjectMapper();
    private final AnthropicWireFormat format = new AnthropicWireFormat();
    private final Endpoint endpoint = new Endpoint(AnthropicWireFormat.DEFAULT_BASE_URL,
            Secret.of("sk-ant-api03-structured"), null, null);

    private static ChatRequest hello(ResponseFormat responseFormat) {
        return new ChatRequest("claude-3-5-haiku-latest", List.of(ChatMessage.user("Hello")), ModelParams.NONE,
                responseFormat);
    }

    private JsonNode body(ChatRequest request, boolean stream) throws Exception {
        return json.readTree(format.chatRequest(endpoint, request, stream).jsonBody());
    }

    @Test
    void withoutAResponseFormatTheRequestHasNoTools() throws Exception {
        assertThat(body(hello(null), false)).isEqualTo(json.readTree(FIXTURES.read("request-minimal.json")));
    }

    @Test
    void anyJsonForcesAToolWhoseSchemaIsAnyObject() throws Exception {
        assertThat(body(hello(ResponseFormat.anyJson()), false))
                .isEqualTo(json.readTree(FIXTURES.read("request-any-json.json")));
    }

    @Test
    void theInvoiceSchemaIsEmbeddedAsATreeInTheForcedTool() throws Exception {
        ChatRequest request = new ChatRequest("claude-sonnet-4-5",
                List.of(ChatMessage.system("Extract the invoice fields."), ChatMessage.user("INVOICE INV-2024-0113 ...")),
                new ModelParams(0.0, 1024, null, null),
                new ResponseFormat("invoice", Files.readString(INVOICE_SCHEMA)));

        JsonNode body = body(request, false);

        assertThat(body).isEqualTo(json.readTree(FIXTURES.read("request-invoice-schema.json")));
        assertThat(body.path("tools").get(0).path("input_schema").isObject()).as("a tree, not a string").isTrue();
    }

    @Test
    void streamingKeepsTheSameToolAndAddsOnlyStream() throws Exception {
        JsonNode streamed = body(hello(ResponseFormat.anyJson()), true);

        JsonNode expected = json.readTree(FIXTURES.read("request-any-json.json"));
        ((ObjectNode) expected).put("stream", true);
        assertThat(streamed).isEqualTo(expected);
    }

    @Test
    void aSchemaThatIsNotAnObjectIsWrappedInValueWithItsDefinitionsMovedUp() throws Exception {
        ChatRequest request = hello(new ResponseFormat("labels", FIXTURES.read("schema-labels.json")));

        assertThat(body(request, false)).isEqualTo(json.readTree(FIXTURES.read("request-wrapped-schema.json")));
    }

    @Test
    void aSchemaWithoutTopLevelObjectTypeIsWrappedToo() throws Exception {
        for (String schema : List.of("{\"anyOf\":[{\"type\":\"object\"},{\"type\":\"null\"}]}",
                "{\"type\":[\"object\",\"null\"]}", "true", "{}")) {
            JsonNode tool = body(hello(new ResponseFormat("x", schema)), false).path("tools").get(0);

            assertThat(tool.path("name").asText()).as(schema).isEqualTo("x_json_value");
            assertThat(tool.path("input_schema").path("properties").path("value")).as(schema)
                    .isEqualTo(json.readTree(schema));
        }
    }

    @Test
    void decimalsInTheSchemaAreSentAsWritten() throws Exception {
        String schema = "{\"type\":\"object\",\"properties\":{\"amount\":{\"type\":\"number\",\"multipleOf\":0.01,"
                + "\"maximum\":1000000.00}}}";

        String sent = format.chatRequest(endpoint, hello(new ResponseFormat("x", schema)), false).jsonBody();

        assertThat(sent).contains("\"multipleOf\":0.01").contains("\"maximum\":1000000.00");
    }

    @Test
    void aLongNameIsCutSoTheToolNameStaysWithin64Characters() throws Exception {
        String name = "n".repeat(64);
        JsonNode body = body(hello(new ResponseFormat(name, "{\"type\":\"array\"}")), false);

        String tool = body.path("tools").get(0).path("name").asText();
        assertThat(tool).hasSize(64).endsWith("_json_value");
        assertThat(body.path("tool_choice").path("name").asText()).isEqualTo(tool);
    }

    @Test
    void aSchemaThatIsNotJsonIsRefusedNamingTheSchema() {
        assertThatThrownBy(() -> format.chatRequest(endpoint, hello(new ResponseFormat("invoice", "{\"type\": ")), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The JSON schema 'invoice' is not valid JSON");
        assertThatThrownBy(() -> format.chatRequest(endpoint,
                hello(new ResponseFormat("invoice", "{\"type\":\"object\"} trailing")), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The JSON schema 'invoice' is not valid JSON");
        assertThatThrownBy(() -> format.chatRequest(endpoint, hello(new ResponseFormat("invoice", "  ")), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The JSON schema 'invoice' is empty");
    }

    @Test
    void jsonThatCannotBeASchemaIsRefused() {
        assertThatThrownBy(() -> format.chatRequest(endpoint, hello(new ResponseFormat("x", "[1,2]")), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The JSON schema 'x' is not a JSON Schema: expected an object, got array");
    }
}
