package dev.promptsmith.export.finetune;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * {@code message_missing_key}: a message without {@code role} or {@code content};
 * {@code message_unrecognized_key}: a key other than role, content, name, function_call and weight.
 */
final class MessageKeysCheck implements ExampleCheck {

    private static final Set<String> KNOWN = Set.of("role", "content", "name", "function_call", "weight");

    @Override
    public void check(JsonNode example, int line, List<FormatIssue> issues) {
        int index = 0;
        for (JsonNode message : ExampleCheck.messages(example)) {
            index++;
            if (!message.isObject()) {
                issues.add(new FormatIssue("message_missing_key", line, "message " + index + " is not an object"));
                continue;
            }
            if (!message.has("role") || !message.has("content")) {
                issues.add(new FormatIssue("message_missing_key", line, "message " + index + " lacks "
                        + (message.has("role") ? "content" : "role")));
            }
            int number = index;
            message.fieldNames().forEachRemaining(key -> {
                if (!KNOWN.contains(key)) {
                    issues.add(new FormatIssue("message_unrecognized_key", line, "message " + number
                            + " has the unrecognized key '" + key + "'"));
                }
            });
        }
    }
}
