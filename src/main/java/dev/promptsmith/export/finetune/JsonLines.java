package dev.promptsmith.export.finetune;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.model.ChatMessage;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes dataset lines: one compact JSON object per line, UTF-8, each line ending with a newline. */
final class JsonLines {

    private final ObjectMapper mapper = new ObjectMapper();

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    /** {@code [{"role": …, "content": …}, …]} */
    ArrayNode messages(List<ChatMessage> messages) {
        ArrayNode array = mapper.createArrayNode();
        messages.forEach(m -> array.addObject().put("role", m.role().key()).put("content", m.content()));
        return array;
    }

    String line(ObjectNode object) {
        try {
            return mapper.writeValueAsString(object) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of strings always serialises; failing here is a bug, not bad data.
            throw new UncheckedIOException(e);
        }
    }
}
