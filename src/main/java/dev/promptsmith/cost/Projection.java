package dev.promptsmith.cost;

import dev.promptsmith.eval.metrics.TargetReport;
import dev.promptsmith.model.ModelRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a monthly call volume costs: on each measured column (its own usage at its own model's list
 * price) and on each candidate model, and which column meets the target most cheaply. Every amount
 * is null when unknown, never $0.
 *
 * @param monthlyCalls          the volume projected
 * @param reference             the profile projected onto models without a measured column of their own
 *                              (the best column's), or null when nothing was measured
 * @param target                which columns meet the project's target, or null when it has none
 * @param bestColumn            the best-scoring column, or null
 * @param cheapestMeetingColumn the column that meets the target at the lowest known monthly cost, or null
 * @param monthlySaving         best column's monthly cost minus the cheapest meeting column's; null when
 *                              either is unknown or no column meets the target
 */
public record Projection(long monthlyCalls, UsageProfile reference, List<ColumnCost> columns, List<ModelCost> models,
        TargetReport target, String bestColumn, String cheapestMeetingColumn, BigDecimal monthlySaving) {

    public Projection {
        columns = List.copyOf(columns);
        models = List.copyOf(models);
    }

    public Optional<ColumnCost> column(String id) {
        return columns.stream().filter(c -> c.column().id().equals(id)).findFirst();
    }

    /**
     * One measured column at the projected volume.
     *
     * @param metric the column's value of the target's metric (pass rate when there is no target)
     */
    public record ColumnCost(ColumnRef column, ModelPrice price, double metric, boolean meetsTarget,
            BigDecimal perCall, BigDecimal monthly) {
    }

    /**
     * One candidate model at the projected volume.
     *
     * @param basis   the usage priced: the model's own measured column for the reference prompt when
     *                there is one, else the reference profile measured on another model
     * @param measured whether {@code basis} was measured on this model; when false the cost is an
     *                approximation (another model writes answers of another length and counts tokens
     *                with another tokenizer)
     */
    public record ModelCost(ModelRef model, ModelPrice price, UsageProfile basis, boolean measured, BigDecimal perCall,
            BigDecimal monthly) {
    }
}
