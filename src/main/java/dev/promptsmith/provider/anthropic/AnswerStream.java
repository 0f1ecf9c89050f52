package dev.promptsmith.provider.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.http.StreamSink;

/**
 * The {@link AnswerTool}'s block in a stream: {@code content_block_start} with a {@code tool_use} of
 * that name, then {@code input_json_delta}s whose {@code partial_json} fragments, joined, are the input
 * JSON (reference §1.3, "Streaming"). The fragments go to the sink as they come. A wrapped schema's
 * answer is the {@code value} inside that JSON, which no fragment can be cut out of before the whole
 * is there; so it is held and sent as one piece, unwrapped, when the block stops.
 */
final class AnswerStream {

    private final ObjectMapper mapper;
    /** The block's index, or -1 when the start event named none (then every input delta counts). */
    private final int index;
    private final boolean wrapped;
    /** The input a {@code content_block_start} carried; the API sends {@code {}} and fills it by deltas. */
    private final JsonNode startInput;
    private final StringBuilder json = new StringBuilder();
    private String answer;

    private AnswerStream(ObjectMapper mapper, int index, boolean wrapped, JsonNode startInput) {
        this.mapper = mapper;
        this.index = index;
        this.wrapped = wrapped;
        this.startInput = startInput;
    }

    /** The answer block that {@code start} (a {@code content_block_start}) opens, or null when it opens another. */
    static AnswerStream startedBy(ObjectMapper mapper, JsonNode start) {
        JsonNode block = start.path("content_block");
        String name = AnthropicJson.text(block, "name");
        if (!"tool_use".equals(AnthropicJson.text(block, "type")) || !AnswerTool.isAnswer(name)) {
            return null;
        }
        int index = start.path("index").isInt() ? start.path("index").intValue() : -1;
        return new AnswerStream(mapper, index, AnswerTool.isWrapped(name), block.path("input"));
    }

    /** Whether a delta or stop event belongs to this block. */
    boolean owns(JsonNode event) {
        return index < 0 || !event.path("index").isInt() || event.path("index").intValue() == index;
    }

    void onDelta(JsonNode delta, StreamSink sink) {
        String fragment = AnthropicJson.text(delta, "partial_json");
        if (answer != null || fragment == null || fragment.isEmpty()) {
            return;
        }
        json.append(fragment);
        if (!wrapped) {
            sink.text(fragment);
        }
    }

    /**
     * Ends the block (at its {@code content_block_stop}, or at {@code message_stop} if that never came);
     * a second call does nothing. A block without fragments has the input its start carried, usually
     * {@code {}}, which is sent as the answer so that the stream gives what a complete body would.
     */
    void onStop(StreamSink sink) {
        if (answer != null) {
            return;
        }
        if (json.length() == 0) {
            answer = startInput.isObject() ? AnswerTool.answerText(mapper, startInput, wrapped) : "";
        } else if (wrapped) {
            answer = unwrapped(json.toString());
        } else {
            answer = json.toString();
            return;
        }
        if (!answer.isEmpty()) {
            sink.text(answer);
        }
    }

    /** The answer so far: everything once the block stopped, else the fragments received (still wrapped). */
    String text() {
        return answer != null ? answer : json.toString();
    }

    /** JSON the server joined wrongly is kept as it came: the JSON assertions then report it as invalid. */
    private String unwrapped(String wrappedJson) {
        try {
            return AnswerTool.answerText(mapper, AnthropicJson.exactNumbers(mapper).readTree(wrappedJson), true);
        } catch (JsonProcessingException e) {
            return wrappedJson;
        }
    }
}
