package dev.promptsmith.dataset;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;

/**
 * What each few-shot example is worth and how the score grows with the number of examples.
 *
 * @param contributions one per example left out, largest contribution first
 * @param curve the sweep in order of k
 * @param bestK the fewest examples that reach the best score of the sweep (within the tolerance); empty without a sweep
 */
public record AblationReport(List<Contribution> contributions, List<CurvePoint> curve, OptionalInt bestK) {

    /**
     * One example's effect: {@code contribution = full score − score without it}.
     *
     * @param harmful true when leaving the example out raises the score by more than the tolerance
     */
    public record Contribution(String exampleId, double scoreWithout, double contribution, boolean harmful) {
    }

    /**
     * One point of the score-against-k curve.
     *
     * @param gain the score change from the previous point (0 for the first)
     * @param extraCost the cost change from the previous point; null when either cost is unknown or for the first
     */
    public record CurvePoint(int k, double score, BigDecimal cost, double gain, BigDecimal extraCost) {
    }

    public AblationReport {
        contributions = List.copyOf(contributions);
        curve = List.copyOf(curve);
    }

    /** The examples whose removal raises the score: candidates to drop or fix. */
    public List<String> harmful() {
        return contributions.stream().filter(Contribution::harmful).map(Contribution::exampleId).toList();
    }
}
