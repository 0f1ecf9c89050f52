package dev.promptsmith.export.finetune;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.template.PromptRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks caller-provided preference pairs (reviewed by a person elsewhere) before they are written:
 * held-out inputs, unknown test ids, empty or identical answers and inputs without a user turn are
 * refused with the reason.
 */
public final class PreferenceSetBuilder {

    private final PromptRenderer renderer;

    public PreferenceSetBuilder(PromptRenderer renderer) {
        this.renderer = renderer;
    }

    /** @param prompt the variant the inputs were rendered with; its held-out renderings are recognised */
    public PreferenceSet build(Project project, PromptVariant prompt, List<PreferencePair> pairs) {
        HeldOutGuard guard = new HeldOutGuard(project, prompt, renderer);
        List<PreferencePair> taken = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            PreferencePair pair = pairs.get(i);
            String source = "pair " + (i + 1) + (pair.testId() == null ? "" : " (test " + pair.testId() + ")");
            Optional<String> reason = reason(project, guard, pair);
            if (reason.isPresent()) {
                refused.add(new Refusal(source, reason.get()));
            } else {
                taken.add(pair);
            }
        }
        return new PreferenceSet(taken, refused);
    }

    private static Optional<String> reason(Project project, HeldOutGuard guard, PreferencePair pair) {
        if (pair.testId() != null && project.test(pair.testId()).isEmpty()) {
            return Optional.of("the project has no test case with this id");
        }
        if (pair.testId() != null && guard.refusesTest(pair.testId()).isPresent()) {
            return guard.refusesTest(pair.testId());
        }
        Map<String, Object> vars = pair.testId() == null ? null : project.test(pair.testId()).get().vars();
        Optional<String> heldOut = guard.refusesInput(vars, pair.input());
        if (heldOut.isPresent()) {
            return heldOut;
        }
        if (pair.input().stream().noneMatch(m -> m.role() == Role.USER)) {
            return Optional.of("its input has no user message");
        }
        if (blank(pair.preferred()) || blank(pair.nonPreferred())) {
            return Optional.of("the preferred and the non-preferred output must both be given");
        }
        if (pair.preferred().equals(pair.nonPreferred())) {
            return Optional.of("the preferred and the non-preferred output are the same text, which teaches nothing");
        }
        if (pair.input().stream().map(ChatMessage::content).anyMatch(PreferenceSetBuilder::blank)) {
            return Optional.of("its input has an empty message");
        }
        return Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
