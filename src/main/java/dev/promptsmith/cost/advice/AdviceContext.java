package dev.promptsmith.cost.advice;

import dev.promptsmith.cost.ColumnRef;
import dev.promptsmith.eval.metrics.ColumnSummary;
import dev.promptsmith.eval.metrics.TargetCheck;
import dev.promptsmith.eval.metrics.TargetMetric;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.store.AssertionOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The advisor's inputs with what every rule reads from them worked out once: case results per column, rankings. */
public final class AdviceContext {

    /** A gap to the target of at most 10 points is closed by iterating on the prompt. */
    public static final double SMALL_GAP = 0.10;
    /** Prompt variants whose best results lie within 5 points of each other are consistent. */
    public static final double CONSISTENT_SPREAD = 0.05;
    /** Checks of the answer's content; a negated form ({@code not-contains}) checks content too. */
    static final Set<String> CONTENT_TYPES = Set.of("equals", "label", "contains", "icontains", "contains-any",
            "icontains-any", "contains-all", "icontains-all", "starts-with", "levenshtein", "similar", "llm-rubric",
            "json-path");

    private final AdvisorInputs inputs;
    private final Map<String, ColumnRef> refs = new LinkedHashMap<>();
    private final Map<String, Map<String, CaseResult>> cases = new LinkedHashMap<>();
    private final List<ColumnSummary> ranked;
    private final Map<String, Integer> testOrder = new LinkedHashMap<>();

    public AdviceContext(AdvisorInputs inputs) {
        this.inputs = inputs;
        inputs.project().tests().forEach(t -> testOrder.putIfAbsent(t.id(), testOrder.size()));
        this.ranked = inputs.columns().stream().sorted(TargetCheck.BEST_FIRST).toList();
        Map<String, Map<String, List<CellOutcome>>> grouped = new LinkedHashMap<>();
        for (CellOutcome cell : inputs.cells()) {
            refs.putIfAbsent(cell.column().id(), cell.column());
            grouped.computeIfAbsent(cell.column().id(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(cell.testId(), k -> new ArrayList<>()).add(cell);
        }
        grouped.forEach((column, byTest) -> {
            Map<String, CaseResult> results = new LinkedHashMap<>();
            byTest.forEach((test, repeats) -> results.put(test, fold(test, column, repeats)));
            cases.put(column, results);
        });
    }

    public AdvisorInputs inputs() {
        return inputs;
    }

    /** The columns, best first ({@link TargetCheck#BEST_FIRST}). */
    public List<ColumnSummary> ranked() {
        return ranked;
    }

    public Optional<ColumnSummary> best() {
        return ranked.stream().findFirst();
    }

    /** The target's metric, or pass rate when there is no target. */
    public TargetMetric metric() {
        return inputs.target() == null ? TargetMetric.PASS_RATE : inputs.target().metric();
    }

    public double metricOf(ColumnSummary column) {
        return metric().of(column);
    }

    public String metricName() {
        return metric() == TargetMetric.PASS_RATE ? "pass rate" : "mean score";
    }

    /** How far {@code column} falls short of the target (0 when it meets it); NaN without a target. */
    public double gapOf(ColumnSummary column) {
        if (inputs.target() == null) {
            return Double.NaN;
        }
        // The target's own tolerance: binary rounding just below the value is not a shortfall.
        return inputs.target().isMetBy(column) ? 0 : inputs.target().value() - metricOf(column);
    }

    public Optional<ColumnRef> column(String id) {
        return Optional.ofNullable(refs.get(id));
    }

    /** Column id → test id → its result, in the order cells came. */
    public Map<String, Map<String, CaseResult>> cases() {
        return Collections.unmodifiableMap(cases);
    }

    /**
     * Test id → in how many columns it failed on its answers (failures by errors alone do not count),
     * most first, then in project order.
     */
    public Map<String, Integer> failingColumnsPerCase() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        cases.values().forEach(byTest -> byTest.values().stream().filter(r -> !r.passed() && !r.failedByErrorsOnly())
                .forEach(r -> counts.merge(r.testId(), 1, Integer::sum)));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.keySet().stream().sorted(byFailures(counts)).forEach(id -> sorted.put(id, counts.get(id)));
        return sorted;
    }

    /** How many columns ran {@code testId}. */
    public int columnsWith(String testId) {
        return (int) cases.values().stream().filter(byTest -> byTest.containsKey(testId)).count();
    }

    /** The best column of each prompt variant, in ranking order. */
    public Map<String, ColumnSummary> bestPerPrompt() {
        Map<String, ColumnSummary> best = new LinkedHashMap<>();
        for (ColumnSummary column : ranked) {
            column(column.columnId()).ifPresent(ref -> best.putIfAbsent(ref.prompt(), column));
        }
        return best;
    }

    public Set<String> prompts() {
        Set<String> prompts = new LinkedHashSet<>();
        refs.values().forEach(r -> prompts.add(r.prompt()));
        return prompts;
    }

    public Set<String> models() {
        Set<String> models = new LinkedHashSet<>();
        refs.values().forEach(r -> models.add(r.modelId()));
        return models;
    }

    /**
     * Whether a prompt variant asks for reasoning before its answer: it extracts the answer from its
     * output, or its name says so ({@code cot}, {@code chain-of-thought}).
     */
    public boolean chainOfThought(String prompt) {
        String name = prompt.toLowerCase(Locale.ROOT);
        if (name.contains("cot") || name.contains("chain-of-thought")) {
            return true;
        }
        return inputs.project().prompt(prompt).map(PromptVariant::output).map(o -> o.extract() != null).orElse(false);
    }

    /** Whether a failed type checks content: a content check, or the negated form of one. */
    static boolean isContentCheck(String type) {
        String base = type.startsWith("not-") ? type.substring(4) : type;
        return CONTENT_TYPES.contains(base);
    }

    private static CaseResult fold(String test, String column, List<CellOutcome> repeats) {
        int passed = 0;
        int errors = 0;
        Map<String, String> failures = new LinkedHashMap<>();
        for (CellOutcome cell : repeats) {
            if (cell.pass()) {
                passed++;
            } else if (cell.error()) {
                errors++;
            } else {
                for (AssertionOutcome outcome : cell.assertions()) {
                    if (!outcome.pass()) {
                        failures.putIfAbsent(outcome.type(), outcome.reason() == null ? "" : outcome.reason());
                    }
                }
            }
        }
        return new CaseResult(test, column, repeats.size(), passed, errors, failures);
    }

    /** Case ids in the order of the project's test file; ids it does not have last, by id. */
    public Comparator<String> projectOrder() {
        return Comparator.comparingInt((String id) -> testOrder.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }

    /** Case ids by how many columns fail them, most first, then in project order. */
    Comparator<String> byFailures(Map<String, Integer> counts) {
        return Comparator.comparing((String id) -> -counts.getOrDefault(id, 0)).thenComparing(projectOrder());
    }
}
