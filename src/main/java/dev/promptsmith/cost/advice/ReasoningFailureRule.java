package dev.promptsmith.cost.advice;

import dev.promptsmith.cost.ColumnRef;
import dev.promptsmith.eval.metrics.PairedComparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reasoning failures: cases a chain-of-thought variant passes where a direct variant fails on the
 * same model. One piece of advice per (chain-of-thought, direct) pair of variants, over all models
 * that ran both.
 */
final class ReasoningFailureRule implements AdviceRule {

    @Override
    public List<Advice> advise(AdviceContext context) {
        List<ColumnRef> columns = context.cases().keySet().stream().map(id -> context.column(id).orElseThrow()).toList();
        Map<String, Pair> pairs = new LinkedHashMap<>();
        for (ColumnRef cot : columns) {
            if (!context.chainOfThought(cot.prompt())) {
                continue;
            }
            for (ColumnRef direct : columns) {
                if (direct.modelId().equals(cot.modelId()) && !context.chainOfThought(direct.prompt())) {
                    pairs.computeIfAbsent(cot.prompt() + "\u0000" + direct.prompt(), k -> new Pair(cot.prompt(), direct.prompt(), context.projectOrder()))
                            .add(context, cot, direct);
                }
            }
        }
        List<Advice> advice = new ArrayList<>();
        pairs.values().stream().filter(p -> !p.rescued.isEmpty()).forEach(p -> advice.add(p.advice()));
        return advice;
    }

    /** One chain-of-thought variant against one direct variant, summed over models. */
    private static final class Pair {
        private final String cot;
        private final String direct;
        private final Set<String> rescued = new LinkedHashSet<>();
        private final Set<String> hurt = new LinkedHashSet<>();
        private final List<String> evidence = new ArrayList<>();

        private final Comparator<String> order;

        Pair(String cot, String direct, Comparator<String> order) {
            this.cot = cot;
            this.direct = direct;
            this.order = order;
        }

        void add(AdviceContext context, ColumnRef cotColumn, ColumnRef directColumn) {
            Map<String, CaseResult> withReasoning = context.cases().get(cotColumn.id());
            Map<String, CaseResult> without = context.cases().get(directColumn.id());
            List<String> fixed = new ArrayList<>();
            int broken = 0;
            for (CaseResult r : withReasoning.values()) {
                CaseResult d = without.get(r.testId());
                if (d == null) {
                    continue;
                }
                if (r.passed() && !d.passed() && !d.failedByErrorsOnly()) {
                    fixed.add(r.testId());
                } else if (d.passed() && !r.passed() && !r.failedByErrorsOnly()) {
                    hurt.add(r.testId());
                    broken++;
                }
            }
            fixed.sort(order);
            rescued.addAll(fixed);
            evidence.add(cotColumn.modelId() + ": " + cot + " passes " + AdviceText.count(fixed.size(), "case", "cases")
                    + " " + direct + " fails" + (fixed.isEmpty() ? "" : " (" + AdviceText.ids(fixed) + ")")
                    + " and fails " + broken + " it passes");
            context.inputs().comparisons().stream().filter(c -> same(c, cotColumn, directColumn))
                    .map(PairedComparison::verdict).forEach(evidence::add);
        }

        Advice advice() {
            boolean gain = rescued.size() > hurt.size();
            List<String> ids = rescued.stream().sorted(order).toList();
            String statement = "Chain of thought (" + cot + ") passes " + AdviceText.count(rescued.size(), "case", "cases")
                    + " the direct prompt (" + direct + ") fails on the same model: " + AdviceText.ids(ids)
                    + ". These are reasoning failures"
                    + (gain ? ": keep the reasoning step (scoring only the extracted answer), or try a reasoning model."
                            : ", but it also fails " + AdviceText.count(hurt.size(), "case", "cases")
                                    + " the direct prompt passes: no net gain yet.");
            return new Advice(Advice.Kind.REASONING_FAILURES, gain ? Advice.Severity.SUGGESTION : Advice.Severity.INFO,
                    statement, evidence, ids);
        }

        private static boolean same(PairedComparison c, ColumnRef a, ColumnRef b) {
            return (c.columnA().equals(a.id()) && c.columnB().equals(b.id()))
                    || (c.columnA().equals(b.id()) && c.columnB().equals(a.id()));
        }
    }
}
