package dev.promptsmith.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.StreamDecoder;
import dev.promptsmith.provider.http.WireFixtures;
import dev.promptsmith.provider.http.WireFixtures.Played;
import dev.promptsmith.provider.http.WireFixtures.SseEvent;
import dev.promptsmith.provider.http.WireFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Structured answers coming back: the forced tool's {@code input} is the text. Fixtures follow
 * reference §1.3: "Response" ({@code content[]} with {@code {type:"tool_use", id, name, input}}) and
 * "Streaming" ({@code content_block_start} with a {@code tool_use} block, then {@code input_json_delta}
 * with {@code partial_json}); stream-tool-use.sse joins to the input of response-tool-use.json.
 */
class AnthropicStructuredDecodeTest {

    private static final WireFixtures FIXTURES = new WireFixtures(AnthropicStructuredDecodeTest.class);

    /** The input of response-tool-use.json, compact, with its decimals as the model wrote them. */
    private static final String INVOICE = "{\"invoice_number\":\"INV-2024-0113\",\"issue_date\":\"2024-03-05\","
            + "\"due_date\":null,\"vendor\":{\"name\":\"Nordlicht Software GmbH\",\"vat_id\":\"DE811907980\"},"
            + "\"customer_name\":\"Acme Ltd\",\"currency\":\"EUR\",\"line_items\":[{\"description\":\"Support plan, "
            + "March\",\"quantity\":1,\"unit_price\":1200.00,\"amount\":1200.00},{\"description\":\"Onboarding "
            + "(hours)\",\"quantity\":2.5,\"unit_price\":90.00,\"amount\":225.00}],\"subtotal\":1425.00,"
            + "\"tax\":270.75,\"total\":1695.75}";

    private final WireFormat format = new AnthropicWireFormat();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theToolInputIsTheTextAsCompactJson() throws Exception {
        DecodedResponse response = format.decodeResponse(FIXTURES.read("response-tool-use.json"));

        assertThat(response.text()).isEqualTo(INVOICE);
        assertThat(response.finishReason()).isEqualTo("tool_use");
        assertThat(response.usage()).isEqualTo(new Usage(1630, 212, 0, 0, 0, false));
        assertThat(response.error()).isNull();
    }

    @Test
    void aWrappedAnswerComesBackAsItsValue() throws Exception {
        DecodedResponse response = format.decodeResponse(FIXTURES.read("response-tool-use-wrapped.json"));
        assertThat(response.text()).isEqualTo("[\"billing\",\"bug\"]");
    }

    @Test
    void textBlocksBesideTheAnswerToolAreLeftOut() throws Exception {
        String body = """
                {"type":"message","role":"assistant","content":[
                  {"type":"text","text":"Here is the JSON:"},
                  {"type":"tool_use","id":"toolu_1","name":"response_json","input":{"label":"billing"}},
                  {"type":"text","text":"Done."}],
                 "stop_reason":"tool_use","usage":{"input_tokens":5,"output_tokens":9}}""";

        assertThat(format.decodeResponse(body).text()).isEqualTo("{\"label\":\"billing\"}");
    }

    @Test
    void aWrappedInputWithoutValueIsGivenWholeForTheAssertionsToJudge() throws Exception {
        String body = """
                {"type":"message","content":[{"type":"tool_use","id":"t","name":"labels_json_value",
                 "input":{"labels":["bug"]}}],"stop_reason":"tool_use"}""";

        assertThat(format.decodeResponse(body).text()).isEqualTo("{\"labels\":[\"bug\"]}");
    }

    @Test
    void inputJsonFragmentsStreamAsTheyComeAndJoinToTheCompleteAnswer() throws Exception {
        Played run = FIXTURES.playSse(format.newStreamDecoder(), "stream-tool-use.sse");

        assertThat(run.deltas()).hasSize(12).first().isEqualTo("{\"invoice_number\":");
        assertThat(run.response().text()).isEqualTo(run.streamedText());
        assertThat(json.readTree(run.response().text())).isEqualTo(json.readTree(INVOICE));
        assertThat(run.response().text()).contains("\"unit_price\": 1200.00");
        assertThat(run.response().finishReason()).isEqualTo("tool_use");
        assertThat(run.response().usage()).isEqualTo(new Usage(1630, 212, 0, 0, 0, false));
        assertThat(run.response().error()).isNull();
    }

    @Test
    void aWrappedAnswerIsHeldUntilItsBlockStopsThenSentOnceUnwrapped() throws Exception {
        List<SseEvent> events = FIXTURES.sseEvents("stream-tool-use-wrapped.sse");
        StreamDecoder decoder = format.newStreamDecoder();
        List<String> deltas = new ArrayList<>();
        for (SseEvent event : events) {
            if (event.name().equals("content_block_stop")) {
                assertThat(deltas).as("nothing before the block ends").isEmpty();
            }
            decoder.onEvent(event.name(), event.data(), deltas::add);
        }

        assertThat(deltas).containsExactly("[\"billing\",\"bug\"]");
        assertThat(decoder.finish(true).text()).isEqualTo("[\"billing\",\"bug\"]");
    }

    @Test
    void anAnswerBlockWithoutFragmentsIsAnEmptyObjectAsInACompleteBody() throws Exception {
        Played run = WireFixtures.play(format.newStreamDecoder(), List.of(
                start("response_json"), stop(), messageStop()));

        assertThat(run.deltas()).containsExactly("{}");
        assertThat(run.response().text()).isEqualTo("{}");
    }

    @Test
    void aCutWrappedAnswerKeepsTheFragmentsReceived() throws Exception {
        Played run = WireFixtures.play(format.newStreamDecoder(), List.of(start("labels_json_value"),
                inputDelta("{\"value\": [\"bil")));

        assertThat(run.deltas()).isEmpty();
        assertThat(run.response().text()).isEqualTo("{\"value\": [\"bil");
        assertThat(run.response().error().kind()).isEqualTo(Kind.STREAM_CUT);
        assertThat(run.response().error().message()).contains("15 characters");
    }

    @Test
    void anotherToolsInputIsNotTheAnswer() throws Exception {
        Played run = FIXTURES.playSse(format.newStreamDecoder(), "stream-thinking.sse");
        assertThat(run.response().text()).isEqualTo("Label: billing");
    }

    @Test
    void theEndMarkerClosesAnAnswerBlockThatWasNeverStopped() throws Exception {
        Played run = WireFixtures.play(format.newStreamDecoder(), List.of(start("labels_json_value"),
                inputDelta("{\"value\": 3}"), messageStop()));

        assertThat(run.deltas()).containsExactly("3");
        assertThat(run.response().text()).isEqualTo("3");
    }

    private static SseEvent start(String toolName) {
        return new SseEvent("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":"
                + "{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"" + toolName + "\",\"input\":{}}}");
    }

    private static SseEvent inputDelta(String partialJson) {
        String escaped = partialJson.replace("\\", "\\\\").replace("\"", "\\\"");
        return new SseEvent("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                + "{\"type\":\"input_json_delta\",\"partial_json\":\"" + escaped + "\"}}");
    }

    private static SseEvent stop() {
        return new SseEvent("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}");
    }

    private static SseEvent messageStop() {
        return new SseEvent("message_stop", "{\"type\":\"message_stop\"}");
    }
}
