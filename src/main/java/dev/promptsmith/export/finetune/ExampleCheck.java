package dev.promptsmith.export.finetune;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One of the OpenAI cookbook's format checks, applied to one parsed line (a JSON object). */
interface ExampleCheck {

    void check(JsonNode example, int line, List<FormatIssue> issues);

    /** The messages of an example that has a list of them; empty otherwise (another check reports that). */
    static Iterable<JsonNode> messages(JsonNode example) {
        JsonNode messages = example.path("messages");
        return messages.isArray() ? messages : List.of();
    }
}
