package dev.promptsmith.provider.ollama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ResponseFormat;
import dev.promptsmith.provider.http.Endpoint;
import dev.promptsmith.provider.http.WireFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Structured output on {@code /api/chat}: {@code format} is {@code "json"} or the schema object (reference §1.5). */
class OllamaStructuredOutputRequestTest {

    private static final WireFixtures FIXTURES = new WireFixtures(OllamaStructuredOutputRequestTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INVOICE = FIXTURES.read("schema-invoice.json");
    private static final String PLAIN = """
            {"model": "llama3.2",
             "messages": [{"role": "system", "content": "Answer with JSON."},
                          {"role": "user", "content": "Extract the invoice."}],
             "stream": false,
             "options": {"temperature": 0.0}}
            """;

    private final OllamaWireFormat format = new OllamaWireFormat();
    private final Endpoint local = new Endpoint(OllamaWireFormat.DEFAULT_BASE_URL, null, Map.of(), Map.of());

    @Test
    void withoutAResponseFormatNoFormatIsSent() throws Exception {
        assertThat(body(null)).isEqualTo(JSON.readTree(PLAIN));
    }

    @Test
    void anyJsonIsTheJsonFormat() throws Exception {
        ObjectNode expected = (ObjectNode) JSON.readTree(PLAIN);
        expected.put("format", "json");

        assertThat(body(ResponseFormat.anyJson())).isEqualTo(expected);
    }

    @Test
    void aSchemaIsSentAsItsJsonTree() throws Exception {
        ObjectNode expected = (ObjectNode) JSON.readTree(PLAIN);
        expected.set("format", JSON.readTree(INVOICE));

        JsonNode sent = body(new ResponseFormat("invoice", INVOICE));

        assertThat(sent).isEqualTo(expected);
        assertThat(sent.get("format").isObject()).isTrue();
    }

    @Test
    void aSchemaThatIsNotAJsonObjectIsAClearConfigurationError() {
        assertThatThrownBy(() -> body(new ResponseFormat("invoice", "{\"type\": \"object\"} trailing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The response schema 'invoice' is not valid JSON: ");
        assertThatThrownBy(() -> body(new ResponseFormat("invoice", "\"json\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The response schema 'invoice' must be a JSON object, got string");
    }

    private JsonNode body(ResponseFormat responseFormat) throws Exception {
        ChatRequest request = new ChatRequest("llama3.2",
                List.of(ChatMessage.system("Answer with JSON."), ChatMessage.user("Extract the invoice.")),
                ModelParams.NONE.withTemperature(0.0), responseFormat);
        return JSON.readTree(format.chatRequest(local, request, false).jsonBody());
    }
}
