package dev.promptsmith.cost.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.cost.PriceCatalog;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.ProjectSettings;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counted with the offline estimate (max of 0.25 per character and 4/3 per word; 4 per message, 3 priming). */
class TrainingSetEstimatorTest {

    private static final ModelRef MODEL = new ModelRef("m", "anthropic", "claude-test", null);

    private final TrainingSetEstimator estimator = new TrainingSetEstimator(new PromptRenderer(), new TokenCounter());

    private static Project project() {
        // The few-shot setting must not leak into the training set: each example is rendered without it.
        PromptVariant prompt = new PromptVariant("p", null, TemplateSyntax.JINJA, "abcdefghijklmno",
                List.of(new MessageTemplate(Role.USER, "{{ ticket }}")), new FewShot(FewShotMode.TURNS, null, List.of()),
                null, null);
        List<Example> examples = List.of(
                new Example("e1", Map.of("ticket", "abcd"), "billing", null, null),
                new Example("e2", Map.of(), "refund", null, null));
        List<TestCase> tests = List.of(
                new TestCase("t1", Map.of("ticket", "abcdefgh"), null, null, null, Split.DEV, null),
                new TestCase("t2", Map.of("ticket", "x"), null, null, null, Split.HELDOUT, null),
                new TestCase("t3", Map.of("ticket", "y"), null, null, null, Split.HELDOUT, null));
        return new Project(ProjectSettings.named("x"), List.of(prompt), examples, tests);
    }

    @Test
    void curatedExamplesAndPassingDevOutputsAreCountedHeldOutCasesNever() {
        Map<String, String> passing = new LinkedHashMap<>();
        passing.put("t1", "technical");
        passing.put("t2", "account");

        TrainingSet set = estimator.estimate(project(), project().prompts().get(0), MODEL, passing);

        // e1: system "abcdefghijklmno" (15 chars → 3.75 → 4) + 4, user "abcd" (1 char-rule vs 4/3 word-rule → 2)
        // + 4, assistant "billing" (7 chars → 1.75 → 2) + 4, priming 3 → 8 + 6 + 6 + 3 = 23. e2 does not render (no ticket). t1: system 8, user "abcdefgh" (2) + 4,
        // "technical" (9 chars → 3) + 4, 3 → 8 + 6 + 7 + 3 = 24. t2 is held out: refused.
        assertThat(set.curatedExamples()).isEqualTo(1);
        assertThat(set.passingOutputs()).isEqualTo(1);
        assertThat(set.unrenderable()).isEqualTo(1);
        assertThat(set.heldOutRefused()).isEqualTo(1);
        assertThat(set.heldOutKeptApart()).isEqualTo(2);
        assertThat(set.billingTokens()).isEqualTo(47);
        // 23 + 24 = 47. 2 examples: 2 × 3 < 100 → min(25, 100 / 2) = 25 epochs; 47 × 25 = 1,175 training tokens.
        assertThat(set.epochs()).isEqualTo(25);
        assertThat(set.trainedTokens()).isEqualTo(1175);
        assertThat(set.exact()).isFalse();
    }

    @Test
    void trainingCostIsTrainedTokensTimesThePriceAndUnknownWithoutOne() {
        TrainingSet set = new TrainingSet(100, 50, 10, 0, 0, 300_000, 0, 3, true);

        // 300,000 × 3 = 900,000 tokens × $3 per million = $2.70.
        TrainingPrice mini = TrainingPrices.bundled().find("openai/ft:gpt-4o-mini-2024-07-18").orElseThrow();
        assertThat(set.cost(mini)).isEqualByComparingTo("2.7");
        assertThat(mini.verified()).isFalse();
        assertThat(set.cost(null)).isNull();
    }

    @Test
    void cookbookEpochsDependOnTheNumberOfExamples() {
        assertThat(TrainingSet.defaultEpochs(0)).isZero();
        assertThat(TrainingSet.defaultEpochs(3)).isEqualTo(25);     // 100 / 3 = 33 → capped at 25
        assertThat(TrainingSet.defaultEpochs(10)).isEqualTo(10);    // 30 < 100 → 100 / 10
        assertThat(TrainingSet.defaultEpochs(34)).isEqualTo(3);     // 102 ≥ 100
        assertThat(TrainingSet.defaultEpochs(10_000)).isEqualTo(2); // 30,000 > 25,000 → 25,000 / 10,000
        assertThat(TrainingSet.defaultEpochs(30_000)).isEqualTo(1);
    }

    @Test
    void fineTuneOptionsComeFromTheFtEntriesWithTheirTrainingPrices() {
        List<FineTuneOption> options = FineTuneOption.all(new PriceCatalog().bundled(), TrainingPrices.bundled());

        // Cheapest inference first: ft:gpt-4.1-nano at 0.20 in; ft:gpt-3.5-turbo has no training price.
        assertThat(options.get(0).ftKey()).isEqualTo("openai/ft:gpt-4.1-nano-2025-04-14");
        assertThat(options.get(0).baseModel()).isEqualTo("gpt-4.1-nano-2025-04-14");
        assertThat(options.get(0).training().perMillion()).isEqualByComparingTo(new BigDecimal("1.50"));
        assertThat(options).filteredOn(o -> o.ftKey().equals("openai/ft:gpt-3.5-turbo"))
                .singleElement().extracting(FineTuneOption::training).isNull();
    }
}
