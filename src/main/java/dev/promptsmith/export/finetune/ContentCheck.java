package dev.promptsmith.export.finetune;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@code missing_content}: content that is not a string, or empty without a {@code function_call}. */
final class ContentCheck implements ExampleCheck {

    @Override
    public void check(JsonNode example, int line, List<FormatIssue> issues) {
        int index = 0;
        for (JsonNode message : ExampleCheck.messages(example)) {
            index++;
            JsonNode content = message.get("content");
            boolean empty = content == null || content.isNull() || content.isTextual() && content.textValue().isEmpty();
            if (empty && !message.has("function_call")) {
                issues.add(new FormatIssue("missing_content", line, "message " + index + " has no content"));
            } else if (content != null && !content.isNull() && !content.isTextual()) {
                issues.add(new FormatIssue("missing_content", line, "message " + index + " has content that is not a string"));
            }
        }
    }
}
