package dev.promptsmith.export.finetune;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@code missing_messages_list}: the example has no {@code messages}, or they are empty or not a list. */
final class MessagesListCheck implements ExampleCheck {

    @Override
    public void check(JsonNode example, int line, List<FormatIssue> issues) {
        JsonNode messages = example.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            issues.add(new FormatIssue("missing_messages_list", line, "the example has no list of messages"));
        }
    }
}
