package dev.promptsmith.cost.report;

import dev.promptsmith.cost.ColumnRef;
import dev.promptsmith.cost.advice.CellOutcome;
import dev.promptsmith.eval.metrics.PairedComparison;
import dev.promptsmith.eval.metrics.PairedComparisons;
import dev.promptsmith.eval.metrics.ScoredCell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the prompt variants case by case on each model: the evidence that tells a ceiling
 * (variants no different) from a prompt that still matters, and what chain of thought buys.
 */
final class VariantComparisons {

    /** Seeded so the same results always give the same bootstrap intervals. */
    static final long SEED = 20_261_128L;

    private VariantComparisons() {
    }

    static List<PairedComparison> of(List<ScoredCell> scored, List<CellOutcome> outcomes) {
        Map<String, List<ColumnRef>> byModel = new LinkedHashMap<>();
        outcomes.stream().map(CellOutcome::column).distinct()
                .forEach(c -> byModel.computeIfAbsent(c.modelId(), k -> new ArrayList<>()).add(c));
        List<PairedComparison> comparisons = new ArrayList<>();
        for (List<ColumnRef> columns : byModel.values()) {
            for (int i = 0; i < columns.size(); i++) {
                for (int j = i + 1; j < columns.size(); j++) {
                    comparisons.add(PairedComparisons.compare(scored, columns.get(i).id(), columns.get(j).id(), SEED));
                }
            }
        }
        return comparisons;
    }
}
