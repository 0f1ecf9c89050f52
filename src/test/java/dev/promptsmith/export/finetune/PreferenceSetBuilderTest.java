package dev.promptsmith.export.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.template.PromptRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferenceSetBuilderTest {

    private final Project project = FinetuneFixtures.supportTriage();
    private final PromptVariant prompt = project.prompt("triage-zero-shot").orElseThrow();
    private final PreferenceSetBuilder builder = new PreferenceSetBuilder(new PromptRenderer());

    @Test
    void reviewedPairsAreTakenAsGiven() {
        PreferencePair pair = pair("t-001", "billing", "refund");

        PreferenceSet set = builder.build(project, prompt, List.of(pair));

        assertThat(set.pairs()).containsExactly(pair);
        assertThat(set.refused()).isEmpty();
    }

    @Test
    void aPairFromAHeldOutTestIsRefusedByIdAndByItsInput() {
        PreferencePair byId = pair("t-020", "technical", "other");
        PreferencePair unnamed = new PreferencePair(null, pair("t-018", "billing", "other").input(), "billing", "other");

        PreferenceSet set = builder.build(project, prompt, List.of(byId, unnamed, pair("t-002", "technical", "billing")));

        assertThat(set.pairs()).extracting(PreferencePair::testId).containsExactly("t-002");
        assertThat(set.refused()).extracting(Refusal::source).containsExactly("pair 1 (test t-020)", "pair 2");
        assertThat(set.refused().get(0).reason()).contains("held out");
        assertThat(set.refused().get(1).reason()).contains("held-out test case t-018");
    }

    @Test
    void pairsThatTeachNothingAreRefused() {
        PreferenceSet set = builder.build(project, prompt, List.of(pair("t-001", "billing", "billing"), pair("t-001", "", "x"),
                new PreferencePair(null, List.of(ChatMessage.system("only rules")), "a", "b"), pair("t-404", "a", "b")));

        assertThat(set.pairs()).isEmpty();
        assertThat(set.refused()).extracting(Refusal::reason).containsExactly(
                "the preferred and the non-preferred output are the same text, which teaches nothing",
                "the preferred and the non-preferred output must both be given",
                "its input has no user message",
                "the project has no test case with this id");
    }

    private PreferencePair pair(String testId, String preferred, String other) {
        List<ChatMessage> input = project.test(testId)
                .map(t -> new PromptRenderer().render(prompt, t.vars(), List.of()).messages())
                .orElse(List.of(ChatMessage.user("unknown")));
        return new PreferencePair(testId, input, preferred, other);
    }
}
