package dev.promptsmith.export.finetune;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps held-out test cases out of training data. A held-out case is recognised by its id, by its
 * input variables, and by its rendered user turn, so an example or a pair that copies a held-out input
 * is caught even when it does not say where it came from: a model trained on its own exam would make
 * the held-out comparison worthless.
 */
final class HeldOutGuard {

    private final Map<String, String> heldOutIds = new HashMap<>();
    private final Map<Map<String, Object>, String> heldOutVars = new HashMap<>();
    private final Map<String, String> heldOutUserTurns = new HashMap<>();

    HeldOutGuard(Project project, PromptVariant prompt, PromptRenderer renderer) {
        PromptVariant bare = TrainingPrompts.withoutExamples(prompt);
        for (TestCase test : project.tests()) {
            if (test.split() != Split.HELDOUT) {
                continue;
            }
            heldOutIds.put(test.id(), test.id());
            heldOutVars.putIfAbsent(test.vars(), test.id());
            RenderResult rendered = renderer.render(bare, test.vars(), List.of());
            for (ChatMessage message : rendered.messages()) {
                if (message.role() == Role.USER) {
                    heldOutUserTurns.putIfAbsent(message.content(), test.id());
                }
            }
        }
    }

    /** Why {@code testId} may not be trained on, if it is held out. */
    Optional<String> refusesTest(String testId) {
        return Optional.ofNullable(heldOutIds.get(testId))
                .map(id -> "test case " + id + " is held out (split: heldout) and never goes into a training file");
    }

    /** Why an input with these vars and messages may not be trained on, if it repeats a held-out case. */
    Optional<String> refusesInput(Map<String, Object> vars, List<ChatMessage> messages) {
        String id = vars == null ? null : heldOutVars.get(vars);
        if (id == null) {
            id = messages.stream().filter(m -> m.role() == Role.USER).map(m -> heldOutUserTurns.get(m.content()))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        return Optional.ofNullable(id).map(found -> "its input is the input of held-out test case " + found
                + ", which never goes into a training file");
    }
}
