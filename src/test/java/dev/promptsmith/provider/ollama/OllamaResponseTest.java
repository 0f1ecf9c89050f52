package dev.promptsmith.provider.ollama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.WireFixtures;
import org.junit.jupiter.api.Test;

/** Non-streaming {@code /api/chat} bodies and {@code /api/tags}. Fixtures written from reference §1.5. */
class OllamaResponseTest {

    private static final WireFixtures FIXTURES = new WireFixtures(OllamaResponseTest.class);

    private final OllamaWireFormat format = new OllamaWireFormat();

    @Test
    void theSingleObjectGivesTextDoneReasonAndCounts() throws Exception {
        // response.json: §1.5 final object fields, sent whole when "stream": false.
        DecodedResponse response = format.decodeResponse(FIXTURES.read("response.json"));

        assertThat(response.text()).isEqualTo("Billing. The customer was charged twice.");
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.usage()).isEqualTo(new Usage(31, 9, 0, 0, 0, false));
        assertThat(response.error()).isNull();
    }

    @Test
    void anErrorObjectInA200IsAStreamErrorWorthRetrying() throws Exception {
        DecodedResponse response = format.decodeResponse("{\"error\":\"llama runner process has terminated\"}");
        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_ERROR);
        assertThat(response.error().retryable()).isTrue();
        assertThat(response.error().message()).isEqualTo("llama runner process has terminated");
    }

    @Test
    void aBodyThatIsNotAChatResponseIsMalformed() {
        assertThatThrownBy(() -> format.decodeResponse("404 page not found"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessage("Expected the Ollama chat response to be one JSON object, got: 404 page not found");
        assertThatThrownBy(() -> format.decodeResponse("{\"status\":\"success\"}"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("Expected message and done");
    }

    @Test
    void modelListGivesTheTaggedNames() throws Exception {
        // tags.json: §1.5 GET /api/tags.
        assertThat(format.decodeModels(FIXTURES.read("tags.json"))).containsExactly("llama3.2:latest", "codellama:13b");
        assertThat(format.decodeModels("{\"models\":[]}")).isEmpty();
        assertThatThrownBy(() -> format.decodeModels("<html></html>")).isInstanceOf(MalformedResponseException.class);
    }
}
