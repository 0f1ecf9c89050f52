package dev.promptsmith.export.finetune;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** {@code unrecognized_role}: a role other than system, user, assistant and function. */
final class RoleCheck implements ExampleCheck {

    private static final Set<String> ROLES = Set.of("system", "user", "assistant", "function");

    @Override
    public void check(JsonNode example, int line, List<FormatIssue> issues) {
        int index = 0;
        for (JsonNode message : ExampleCheck.messages(example)) {
            index++;
            JsonNode role = message.get("role");
            if (role != null && (!role.isTextual() || !ROLES.contains(role.textValue()))) {
                issues.add(new FormatIssue("unrecognized_role", line, "message " + index + " has the role " + role
                        + "; expected system, user, assistant or function"));
            }
        }
    }
}
