package dev.promptsmith.dataset;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The measured results of an ablation, as numbers: the evaluation that produced them is the caller's.
 *
 * @param fullCost the full set's run cost; null when unknown (never zero for unknown)
 * @param withoutScores the score with each example left out, by example id
 * @param sweep the score (and cost) for each k tried
 */
public record AblationScores(double fullScore, BigDecimal fullCost, Map<String, Double> withoutScores,
                             List<SweepPoint> sweep) {

    /** One k of the sweep; {@code cost} is null when unknown. */
    public record SweepPoint(int k, double score, BigDecimal cost) {
    }

    public AblationScores {
        withoutScores = Map.copyOf(withoutScores);
        sweep = List.copyOf(sweep);
    }
}
