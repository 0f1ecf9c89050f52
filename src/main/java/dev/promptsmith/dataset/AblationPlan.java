package dev.promptsmith.dataset;

import dev.promptsmith.model.PromptVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prompt variants a few-shot ablation needs: the full example set, each example left out, and the
 * first k examples for a sweep of k. Nothing here runs; an evaluation runs {@link #variantsToRun()}.
 *
 * @param exampleIds the examples the base variant uses, in the order it uses them
 */
public record AblationPlan(PromptVariant full, List<String> exampleIds, List<LeaveOneOut> leaveOneOut,
                           List<SweepStep> sweep) {

    /** The variant without one example. */
    public record LeaveOneOut(String exampleId, PromptVariant variant) {
    }

    /** The variant with the first {@code k} examples. */
    public record SweepStep(int k, PromptVariant variant) {
    }

    public AblationPlan {
        exampleIds = List.copyOf(exampleIds);
        leaveOneOut = List.copyOf(leaveOneOut);
        sweep = List.copyOf(sweep);
    }

    /** Every distinct variant once (the sweep's last step is the full set), full set first. */
    public List<PromptVariant> variantsToRun() {
        Map<String, PromptVariant> byName = new LinkedHashMap<>();
        List<PromptVariant> all = new ArrayList<>();
        all.add(full);
        leaveOneOut.forEach(l -> all.add(l.variant()));
        sweep.forEach(s -> all.add(s.variant()));
        all.forEach(v -> byName.putIfAbsent(v.name(), v));
        return List.copyOf(byName.values());
    }
}
