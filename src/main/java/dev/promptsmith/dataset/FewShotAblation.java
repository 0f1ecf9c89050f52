package dev.promptsmith.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * The arithmetic of a few-shot ablation: each example's contribution (full score − score without it),
 * the examples whose removal raises the score, and the score-against-k curve with the fewest examples
 * that reach the best score. Pure: it computes from numbers and runs nothing.
 */
public final class FewShotAblation {

    /** Scores are sums of doubles: 0.81 − 0.11 must still reach 0.70. */
    private static final double ROUNDING = 1e-9;

    private final double tolerance;

    /**
     * @param tolerance score differences up to this are treated as noise: an example is harmful only when its
     *                  removal raises the score by more, and a k reaches the best score when it is within it
     */
    public FewShotAblation(double tolerance) {
        if (tolerance < 0) {
            throw new IllegalArgumentException("tolerance must not be negative, found " + tolerance);
        }
        this.tolerance = tolerance;
    }

    public AblationReport analyse(AblationScores scores) {
        List<AblationReport.Contribution> contributions = new ArrayList<>();
        scores.withoutScores().forEach((id, without) -> {
            double contribution = scores.fullScore() - without;
            contributions.add(new AblationReport.Contribution(id, without, contribution, contribution < -tolerance - ROUNDING));
        });
        contributions.sort(Comparator.comparingDouble(AblationReport.Contribution::contribution).reversed()
                .thenComparing(AblationReport.Contribution::exampleId));
        return new AblationReport(contributions, curve(scores.sweep()), bestK(scores.sweep()));
    }

    private static List<AblationReport.CurvePoint> curve(List<AblationScores.SweepPoint> sweep) {
        List<AblationScores.SweepPoint> sorted = new ArrayList<>(sweep);
        sorted.sort(Comparator.comparingInt(AblationScores.SweepPoint::k));
        List<AblationReport.CurvePoint> curve = new ArrayList<>();
        AblationScores.SweepPoint previous = null;
        for (AblationScores.SweepPoint point : sorted) {
            double gain = previous == null ? 0 : point.score() - previous.score();
            BigDecimal extra = previous == null || previous.cost() == null || point.cost() == null
                    ? null : point.cost().subtract(previous.cost());
            curve.add(new AblationReport.CurvePoint(point.k(), point.score(), point.cost(), gain, extra));
            previous = point;
        }
        return curve;
    }

    private OptionalInt bestK(List<AblationScores.SweepPoint> sweep) {
        double best = sweep.stream().mapToDouble(AblationScores.SweepPoint::score).max().orElse(Double.NaN);
        return sweep.stream().filter(p -> p.score() >= best - tolerance - ROUNDING)
                .mapToInt(AblationScores.SweepPoint::k).min();
    }
}
