package dev.promptsmith.provider.gemini;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Structured output on the Gemini request: {@code responseMimeType} plus the schema in
 * {@code responseJsonSchema} (default) or, translated, in {@code responseSchema}
 * (googleapis v1beta generative_service.proto and content.proto).
 */
class GeminiStructuredOutputRequestTest {

    private static final WireFixtures FIXTURES = new WireFixtures(GeminiStructuredOutputRequestTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INVOICE = FIXTURES.read("schema-invoice.json");
    private static final String CONTENTS = """
            {"contents": [{"role": "user", "parts": [{"text": "Extract the invoice."}]}],
             "systemInstruction": {"parts": [{"text": "Answer with JSON."}]}}
            """;

    private final GeminiWireFormat format = new GeminiWireFormat();

    @Test
    void withoutAResponseFormatTheRequestAsksForText() throws Exception {
        assertThat(body(endpoint(Map.of()), null)).isEqualTo(JSON.readTree(CONTENTS));
    }

    @Test
    void anyJsonSetsOnlyTheMimeType() throws Exception {
        ObjectNode expected = (ObjectNode) JSON.readTree(CONTENTS);
        expected.putObject("generationConfig").put("responseMimeType", "application/json");

        assertThat(body(endpoint(Map.of()), ResponseFormat.anyJson())).isEqualTo(expected);
    }

    @Test
    void theSchemaGoesUntouchedIntoResponseJsonSchemaByDefault() throws Exception {
        ObjectNode expected = (ObjectNode) JSON.readTree(CONTENTS);
        expected.putObject("generationConfig").put("responseMimeType", "application/json")
                .set("responseJsonSchema", JSON.readTree(INVOICE));

        JsonNode sent = body(endpoint(Map.of()), new ResponseFormat("invoice", INVOICE));

        assertThat(sent).isEqualTo(expected);
        assertThat(sent.at("/generationConfig/responseJsonSchema").isObject()).isTrue();
        assertThat(body(endpoint(Map.of("schemaField", "responseJsonSchema")), new ResponseFormat("invoice", INVOICE)))
                .isEqualTo(expected);
    }

    @Test
    void responseSchemaGetsTheInvoiceInGeminisOpenApiSubset() throws Exception {
        ObjectNode expected = (ObjectNode) JSON.readTree(CONTENTS);
        expected.putObject("generationConfig").put("responseMimeType", "application/json")
                .set("responseSchema", JSON.readTree(FIXTURES.read("schema-invoice-openapi.json")));

        JsonNode sent = body(endpoint(Map.of("schemaField", "responseSchema")), new ResponseFormat("invoice", INVOICE));

        assertThat(sent).isEqualTo(expected);
        assertThat(sent.at("/generationConfig/responseJsonSchema").isMissingNode()).isTrue();
    }

    @Test
    void samplingParametersAndTheFormatShareTheGenerationConfig() throws Exception {
        ChatRequest request = new ChatRequest("gemini-2.5-flash", List.of(ChatMessage.user("Hi")),
                ModelParams.NONE.withTemperature(0.0).withMaxTokens(512), ResponseFormat.anyJson());
        JsonNode sent = JSON.readTree(format.chatRequest(endpoint(Map.of()), request, true).jsonBody());

        assertThat(sent.get("generationConfig")).isEqualTo(JSON.readTree("""
                {"temperature": 0.0, "maxOutputTokens": 512, "responseMimeType": "application/json"}
                """));
    }

    @Test
    void aSchemaThatIsNotJsonIsAClearConfigurationError() {
        assertThatThrownBy(() -> body(endpoint(Map.of()), new ResponseFormat("invoice", "{\"type\": \"object\",}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The response schema 'invoice' is not valid JSON: ")
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> body(endpoint(Map.of()), new ResponseFormat("invoice", "[\"type\"]")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The response schema 'invoice' must be a JSON object, got array");
        assertThatThrownBy(() -> body(endpoint(Map.of()), new ResponseFormat("invoice", "")))
                .hasMessage("The response schema 'invoice' must be a JSON object, got nothing");
    }

    @Test
    void anUnknownSchemaFieldIsAConfigurationErrorOnlyWhenASchemaGoesOut() throws Exception {
        Endpoint typo = endpoint(Map.of("schemaField", "response_schema"));

        assertThatThrownBy(() -> body(typo, new ResponseFormat("invoice", INVOICE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown Gemini schemaField option 'response_schema': use responseJsonSchema or responseSchema");
        assertThat(body(typo, ResponseFormat.anyJson()).at("/generationConfig/responseMimeType").asText())
                .isEqualTo("application/json");
        assertThat(body(typo, null).has("generationConfig")).isFalse();
    }

    @Test
    void theSchemaFieldOptionIgnoresCaseAndBlanks() throws Exception {
        JsonNode sent = body(endpoint(Map.of("schemaField", " RESPONSESCHEMA ")), new ResponseFormat("invoice", INVOICE));
        assertThat(sent.at("/generationConfig/responseSchema/type").asText()).isEqualTo("OBJECT");
        JsonNode blank = body(endpoint(Map.of("schemaField", "")), new ResponseFormat("invoice", INVOICE));
        assertThat(blank.at("/generationConfig/responseJsonSchema/type").asText()).isEqualTo("object");
    }

    private JsonNode body(Endpoint endpoint, ResponseFormat responseFormat) throws Exception {
        ChatRequest request = new ChatRequest("gemini-2.5-flash",
                List.of(ChatMessage.system("Answer with JSON."), ChatMessage.user("Extract the invoice.")),
                ModelParams.NONE, responseFormat);
        return JSON.readTree(format.chatRequest(endpoint, request, false).jsonBody());
    }

    private static Endpoint endpoint(Map<String, String> options) {
        return new Endpoint(GeminiWireFormat.DEFAULT_BASE_URL, Secret.of("AIzaSyTest-0123"), Map.of(), options);
    }
}
