package dev.promptsmith.cost;

import dev.promptsmith.eval.metrics.ColumnSummary;
import dev.promptsmith.eval.metrics.Target;
import dev.promptsmith.eval.metrics.TargetCheck;
import dev.promptsmith.eval.metrics.TargetMetric;
import dev.promptsmith.eval.metrics.TargetReport;
import dev.promptsmith.model.ModelRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Projects measured usage onto a monthly call volume. A profile measured on one model and priced on
 * another is an APPROXIMATION: the other model writes answers of other lengths, and counts the same
 * prompt with its own tokenizer. So a candidate model with a measured column of its own for the
 * reference prompt is priced with that column's profile, and the projection says which is which.
 * Built once from a run's results; {@link #at} is cheap, so a view can call it on every edit of the volume.
 */
public final class Projector {

    private final List<ColumnSummary> summaries;
    private final Target target;
    private final Map<String, UsageProfile> profiles = new LinkedHashMap<>();
    private final Map<String, ModelRef> projectModels = new LinkedHashMap<>();
    private final List<ModelRef> candidates;
    private final PriceTable prices;

    /**
     * @param target        the project's target, or null
     * @param projectModels the project's models, to price each column by its model id
     * @param candidates    the models to project onto (usually the project's own, plus any the user adds)
     */
    public Projector(List<ColumnSummary> summaries, Target target, List<UsageProfile> profiles,
                     List<ModelRef> projectModels, List<ModelRef> candidates, PriceTable prices) {
        this.summaries = List.copyOf(summaries);
        this.target = target;
        profiles.forEach(p -> this.profiles.put(p.column().id(), p));
        projectModels.forEach(m -> this.projectModels.put(m.id(), m));
        this.candidates = List.copyOf(candidates);
        this.prices = prices;
    }

    /** The projection at {@code monthlyCalls}, with the best column's profile as the reference. */
    public Projection at(long monthlyCalls) {
        String best = summaries.stream().sorted(TargetCheck.BEST_FIRST).map(ColumnSummary::columnId).findFirst().orElse(null);
        return at(monthlyCalls, best);
    }

    /** The projection at {@code monthlyCalls}, projecting {@code referenceColumn}'s profile onto the candidates. */
    public Projection at(long monthlyCalls, String referenceColumn) {
        if (monthlyCalls < 0) {
            throw new IllegalArgumentException("monthly calls must be ≥ 0, was " + monthlyCalls);
        }
        TargetReport report = target == null ? null : TargetCheck.check(summaries, target);
        TargetMetric metric = target == null ? TargetMetric.PASS_RATE : target.metric();
        List<Projection.ColumnCost> columns = new ArrayList<>();
        for (ColumnSummary summary : summaries) {
            UsageProfile profile = profiles.get(summary.columnId());
            if (profile == null) {
                continue;
            }
            ModelPrice price = priceOf(projectModels.get(profile.column().modelId()));
            boolean meets = report != null && report.meetingColumns().contains(summary.columnId());
            columns.add(new Projection.ColumnCost(profile.column(), price, metric.of(summary), meets,
                    profile.costPerCall(price), profile.costOf(price, monthlyCalls)));
        }
        UsageProfile reference = referenceColumn == null ? null : profiles.get(referenceColumn);
        List<Projection.ModelCost> models = reference == null ? List.of() : candidates.stream()
                .map(m -> modelCost(m, reference, monthlyCalls)).toList();
        String best = report != null ? report.bestColumn()
                : summaries.stream().sorted(TargetCheck.BEST_FIRST).map(ColumnSummary::columnId).findFirst().orElse(null);
        Optional<Projection.ColumnCost> cheapest = cheapestMeeting(columns, report);
        BigDecimal saving = cheapest.flatMap(c -> columns.stream().filter(x -> x.column().id().equals(best)).findFirst()
                        .map(b -> b.monthly() == null || c.monthly() == null ? null : b.monthly().subtract(c.monthly())))
                .orElse(null);
        return new Projection(monthlyCalls, reference, columns, models, report, best,
                cheapest.map(c -> c.column().id()).orElse(null), saving);
    }

    private Projection.ModelCost modelCost(ModelRef model, UsageProfile reference, long monthlyCalls) {
        Optional<UsageProfile> own = profiles.values().stream()
                .filter(p -> p.column().modelId().equals(model.id()) && p.column().prompt().equals(reference.column().prompt()))
                .findFirst();
        UsageProfile basis = own.orElse(reference);
        ModelPrice price = priceOf(model);
        return new Projection.ModelCost(model, price, basis, own.isPresent(), basis.costPerCall(price),
                basis.costOf(price, monthlyCalls));
    }

    /** Known costs only (an unknown cost cannot be shown to be lower); ties go to the better-ranked column. */
    private static Optional<Projection.ColumnCost> cheapestMeeting(List<Projection.ColumnCost> columns, TargetReport report) {
        if (report == null) {
            return Optional.empty();
        }
        return report.meetingColumns().stream()
                .flatMap(id -> columns.stream().filter(c -> c.column().id().equals(id) && c.monthly() != null))
                .min(Comparator.comparing(Projection.ColumnCost::monthly));
    }

    private ModelPrice priceOf(ModelRef model) {
        return model == null ? null : prices.find(model.provider(), model.model()).orElse(null);
    }
}
