package dev.promptsmith.cost.advice;

import dev.promptsmith.cost.Projection;
import dev.promptsmith.cost.finetune.FineTunePlan;
import dev.promptsmith.eval.metrics.ColumnSummary;
import dev.promptsmith.eval.metrics.PairedComparison;
import dev.promptsmith.eval.metrics.Target;
import dev.promptsmith.model.Project;
import java.util.List;
import java.util.Objects;

/**
 * The measured results the advisor reads.
 *
 * @param columns     the run's column summaries
 * @param cells       every cell's verdict and assertion outcomes
 * @param target      the project's target, or null when it sets none
 * @param comparisons paired comparisons between columns (e.g. prompt variants on one model); may be empty
 * @param projection  monthly costs at a volume, or null
 * @param fineTune    what fine-tuning would take, or null
 */
public record AdvisorInputs(Project project, List<ColumnSummary> columns, List<CellOutcome> cells, Target target,
        List<PairedComparison> comparisons, Projection projection, FineTunePlan fineTune) {

    public AdvisorInputs {
        Objects.requireNonNull(project, "project");
        columns = List.copyOf(columns);
        cells = List.copyOf(cells);
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
    }
}
