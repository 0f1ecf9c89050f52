package dev.promptsmith.cost.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.cost.PriceCatalog;
import dev.promptsmith.cost.advice.Advice;
import dev.promptsmith.cost.advice.Advisor;
import dev.promptsmith.cost.finetune.TrainingPrices;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.ProjectSettings;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.RunDefaults;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.Target;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.store.AssertionOutcome;
import dev.promptsmith.store.PromptVersions;
import dev.promptsmith.store.RunSpec;
import dev.promptsmith.store.StoredCell;
import dev.promptsmith.store.StoredCellKey;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facade end to end on a crafted run: gpt-4o passes 5 of 5, gpt-4o-mini 4 of 5, target pass rate 0.8. */
class CostReportsTest {

    static final PromptVariant PROMPT = new PromptVariant("zero", null, TemplateSyntax.JINJA, "Classify the ticket.",
            List.of(new MessageTemplate(Role.USER, "{{ ticket }}")), null, null, null);
    static final ModelRef BIG = new ModelRef("big", "openai", "gpt-4o", null);
    static final ModelRef MINI = new ModelRef("mini", "openai", "gpt-4o-mini", null);

    static Project project() {
        List<TestCase> tests = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            tests.add(new TestCase("t" + i, Map.of("ticket", "ticket " + i), "billing", null, null, Split.DEV, null));
        }
        tests.add(new TestCase("t6", Map.of("ticket", "held out"), "refund", null, null, Split.HELDOUT, null));
        ProjectSettings settings = new ProjectSettings("Shop", "", List.of(BIG, MINI), RunDefaults.STANDARD, List.of(), null,
                new Target("passRate", 0.8), null);
        return new Project(settings, List.of(PROMPT), List.of(
                new Example("e1", Map.of("ticket", "charged twice"), "billing", null, null),
                new Example("e2", Map.of("ticket", "money back"), "refund", null, null)), tests);
    }

    static StoredCell cell(String test, ModelRef model, boolean pass, Usage usage) {
        List<AssertionOutcome> outcomes = List.of(new AssertionOutcome("equals", pass, pass ? 1 : 0,
                pass ? "equal" : "Output differs from expected"));
        return new StoredCell(new StoredCellKey(test, PromptVersions.hash(PROMPT), model.id(), 0), pass ? "billing" : "other",
                null, null, 300L, null, usage, BigDecimal.ZERO, false, pass, pass ? 1 : 0, outcomes, null);
    }

    /** big: 1,000 in + 100 out a call; mini: 1,000 in + 200 out, failing t5. */
    static List<StoredCell> cells() {
        List<StoredCell> cells = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            cells.add(cell("t" + i, BIG, true, new Usage(1000, 100, 0, 0, 0, false)));
            cells.add(cell("t" + i, MINI, i < 5, new Usage(1000, 200, 0, 0, 0, false)));
        }
        return cells;
    }

    static CostReport report() {
        CostReports reports = new CostReports(new PromptRenderer(), new TokenCounter(), TrainingPrices.bundled(),
                Advisor.standard());
        RunSpec spec = new RunSpec(List.of(PROMPT), List.of("big", "mini"), List.of("t1", "t2", "t3", "t4", "t5"), 1, null);
        return reports.build(project(), 7L, spec, cells(), new PriceCatalog().bundled(), CostOptions.defaults());
    }

    @Test
    void columnsAreNamedAsInTheResultsTableAndPricedAtListPrices() {
        CostReport report = report();

        // One prompt: columns are the model ids. The cells recorded $0, yet gpt-4o's list price gives
        // 1,000 × 2.50 + 100 × 10 = 3,500 per million = $0.0035 a call, $350 a month at 100,000 calls;
        // gpt-4o-mini 1,000 × 0.15 + 200 × 0.60 = 270 per million → $27 a month.
        assertThat(report.profiles()).extracting(p -> p.column().id()).containsExactly("big", "mini");
        assertThat(report.projection().column("big").orElseThrow().monthly()).isEqualByComparingTo("350");
        assertThat(report.projection().column("mini").orElseThrow().monthly()).isEqualByComparingTo("27");
        assertThat(report.projection().cheapestMeetingColumn()).isEqualTo("mini");
        assertThat(report.projection().monthlySaving()).isEqualByComparingTo("323");
        assertThat(report.levers()).hasSize(2).allSatisfy(l -> assertThat(l.problems()).isEmpty());
    }

    @Test
    void theFineTunePlanUsesTheProjectsExamplesAndTheBestColumnsPassingOutputs() {
        CostReport report = report();

        // Cheapest fine-tunable model with a training price: ft:gpt-4.1-nano. Its per call on big's usage:
        // 1,000 × 0.20 + 100 × 0.80 = 280 per million = $0.00028; prompted big: $0.0035.
        assertThat(report.fineTune().option().ftKey()).isEqualTo("openai/ft:gpt-4.1-nano-2025-04-14");
        assertThat(report.fineTune().trainingSet().curatedExamples()).isEqualTo(2);
        assertThat(report.fineTune().trainingSet().passingOutputs()).isEqualTo(5);
        assertThat(report.fineTune().trainingSet().heldOutKeptApart()).isEqualTo(1);
        assertThat(report.fineTune().tco().inputs().fineTunedCallUsd()).isEqualByComparingTo("0.00028");
        assertThat(report.fineTune().tco().inputs().promptCallUsd()).isEqualByComparingTo("0.0035");
        assertThat(report.fineTune().tco().trainingPriceVerified()).isFalse();
    }

    @Test
    void theAdviceReadsTheSameResults() {
        CostReport report = report();

        assertThat(report.advice()).extracting(Advice::kind).contains(Advice.Kind.TARGET_GAP, Advice.Kind.CHEAPER_MODEL);
        assertThat(report.advice()).filteredOn(a -> a.kind() == Advice.Kind.CHEAPER_MODEL).first()
                .satisfies(a -> assertThat(a.statement()).startsWith("mini reaches the target at $27.00 a month"));
    }

    @Test
    void theTextReportPrintsEverySection() {
        StringWriter text = new StringWriter();

        CostReportText.print(new PrintWriter(text), report());

        assertThat(text.toString()).contains("Cost report — Shop (run 7)")
                .containsPattern("big\\s+5\\s+1,000\\s+100\\s+0\\s+0\\s+\\$0\\.0035\\s+\\$3\\.50")
                .contains("Monthly cost at 100,000 calls a month")
                .containsPattern("mini\\s+80% meets target\\s+\\$27\\.00 a month")
                .contains("Cheapest column meeting the target: mini; against the best column (big) it saves $323.00 a month.")
                .contains("Prompt levers, per call and per 1,000 calls")
                .contains("Prompting vs fine-tuning openai/ft:gpt-4.1-nano-2025-04-14 over 12 months")
                .contains("Per call: prompted $0.0035, fine-tuned $0.00028")
                .contains("(unverified price)")
                .contains("[SUGGESTION] mini reaches the target");
    }
}
