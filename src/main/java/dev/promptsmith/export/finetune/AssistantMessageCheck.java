package dev.promptsmith.export.finetune;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@code example_missing_assistant_message}: nothing for the model to learn to say. */
final class AssistantMessageCheck implements ExampleCheck {

    @Override
    public void check(JsonNode example, int line, List<FormatIssue> issues) {
        for (JsonNode message : ExampleCheck.messages(example)) {
            if ("assistant".equals(message.path("role").asText(null))) {
                return;
            }
        }
        if (example.path("messages").isArray() && !example.path("messages").isEmpty()) {
            issues.add(new FormatIssue("example_missing_assistant_message", line, "the example has no assistant message"));
        }
    }
}
