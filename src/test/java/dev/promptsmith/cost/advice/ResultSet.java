package dev.promptsmith.cost.advice;

import dev.promptsmith.cost.ColumnRef;
import dev.promptsmith.cost.Projection;
import dev.promptsmith.cost.finetune.FineTunePlan;
import dev.promptsmith.eval.metrics.ColumnMetrics;
import dev.promptsmith.eval.metrics.ColumnSummary;
import dev.promptsmith.eval.metrics.PairedComparison;
import dev.promptsmith.eval.metrics.ScoredCell;
import dev.promptsmith.eval.metrics.Target;
import dev.promptsmith.model.AnswerExtraction;
import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.OutputSpec;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.ProjectSettings;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.RunDefaults;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.store.AssertionOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A crafted run for advice tests: columns are {@code prompt × model}, cases t1, t2, … */
final class ResultSet {

    private final List<CellOutcome> cells = new ArrayList<>();
    private final Map<String, TestCase> tests = new LinkedHashMap<>();
    private final Map<String, PromptVariant> prompts = new LinkedHashMap<>();
    private List<Assertion> defaultAssert = List.of();

    static String column(String prompt, String model) {
        return prompt + " × " + model;
    }

    /** Case ids t{from}..t{to}. */
    static String[] cases(int from, int to) {
        String[] ids = new String[to - from + 1];
        for (int i = from; i <= to; i++) {
            ids[i - from] = "t" + i;
        }
        return ids;
    }

    /** A prompt variant that extracts its answer (a chain-of-thought prompt, whatever its name). */
    ResultSet extracting(String prompt) {
        prompts.put(prompt, variant(prompt, new OutputSpec(OutputFormat.TEXT, null, new AnswerExtraction("xml", "label"))));
        return this;
    }

    ResultSet test(String id, Assertion... asserts) {
        tests.put(id, new TestCase(id, Map.of(), null, List.of(asserts), null, null, null));
        return this;
    }

    ResultSet defaultAssert(Assertion... asserts) {
        defaultAssert = List.of(asserts);
        return this;
    }

    /** The cases pass (their label check passes). */
    ResultSet passes(String prompt, String model, String... ids) {
        for (String id : ids) {
            cell(prompt, model, id, true, false, new AssertionOutcome("label", true, 1, "label matches"));
        }
        return this;
    }

    /** The cases fail the given checks, each with reason "{type} failed on {id}". */
    ResultSet fails(String prompt, String model, List<String> types, String... ids) {
        for (String id : ids) {
            List<AssertionOutcome> outcomes = types.stream()
                    .map(t -> new AssertionOutcome(t, false, 0, t + " failed on " + id)).toList();
            cell(prompt, model, id, false, false, outcomes.toArray(AssertionOutcome[]::new));
        }
        return this;
    }

    ResultSet fails(String prompt, String model, String type, String... ids) {
        return fails(prompt, model, List.of(type), ids);
    }

    /** The calls failed: no assertion ran. */
    ResultSet errors(String prompt, String model, String... ids) {
        for (String id : ids) {
            cell(prompt, model, id, false, true);
        }
        return this;
    }

    private void cell(String prompt, String model, String test, boolean pass, boolean error, AssertionOutcome... outcomes) {
        prompts.putIfAbsent(prompt, variant(prompt, null));
        tests.putIfAbsent(test, new TestCase(test, Map.of(), null, null, null, null, null));
        cells.add(new CellOutcome(test, new ColumnRef(column(prompt, model), prompt, model), 0, pass, error, List.of(outcomes)));
    }

    List<ColumnSummary> summaries() {
        return ColumnMetrics.summarize(cells.stream().map(c -> new ScoredCell(c.testId(), c.column().id(), 0, c.pass(),
                c.pass() ? 1 : 0, c.error(), 0, 0, 0, null, null, null, null, null, null, null)).toList());
    }

    Project project() {
        ProjectSettings settings = new ProjectSettings("crafted", "", List.of(), RunDefaults.STANDARD, defaultAssert, null,
                null, null);
        return new Project(settings, List.copyOf(prompts.values()), List.of(), List.copyOf(tests.values()));
    }

    AdvisorInputs inputs(Target target) {
        return inputs(target, List.of(), null, null);
    }

    AdvisorInputs inputs(Target target, List<PairedComparison> comparisons, Projection projection, FineTunePlan plan) {
        return new AdvisorInputs(project(), summaries(), cells, target, comparisons, projection, plan);
    }

    List<Advice> advise(AdviceRule rule, Target target) {
        return rule.advise(new AdviceContext(inputs(target)));
    }

    private static PromptVariant variant(String name, OutputSpec output) {
        return new PromptVariant(name, null, null, "", List.of(new MessageTemplate(Role.USER, "{{ ticket }}")), null,
                output, null);
    }
}
