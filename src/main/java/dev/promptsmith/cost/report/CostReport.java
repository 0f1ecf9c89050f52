package dev.promptsmith.cost.report;

import dev.promptsmith.cost.LeverCosts;
import dev.promptsmith.cost.Projection;
import dev.promptsmith.cost.UsageProfile;
import dev.promptsmith.cost.advice.Advice;
import dev.promptsmith.cost.finetune.FineTunePlan;
import dev.promptsmith.eval.metrics.ColumnSummary;
import java.util.List;

/**
 * Everything the cost view and the {@code cost} command show for one run: measured usage, the
 * monthly projection, the prompt's cost levers, fine-tuning against prompting, and the advice. Plain
 * data, no JavaFX: a view model binds it, {@link CostReportText} prints it.
 *
 * @param runId    the run it reads, or null when the cells did not come from the store
 * @param levers   one per column whose prompt and model are known
 * @param fineTune what fine-tuning would take, or null when the project gives no way to estimate it
 * @param notes    what could not be computed and why, in words for the user
 */
public record CostReport(String projectName, Long runId, CostOptions options, List<ColumnSummary> columns,
        List<UsageProfile> profiles, Projection projection, List<LeverCosts> levers, FineTunePlan fineTune,
        List<Advice> advice, List<String> notes) {

    public CostReport {
        columns = List.copyOf(columns);
        profiles = List.copyOf(profiles);
        levers = List.copyOf(levers);
        advice = List.copyOf(advice);
        notes = List.copyOf(notes);
    }
}
