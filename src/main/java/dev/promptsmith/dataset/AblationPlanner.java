package dev.promptsmith.dataset;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.template.FewShotSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Builds the variants of a few-shot ablation from one prompt variant. Every planned variant names its
 * examples explicitly ({@code fewShot.ids}), so it says what it tests whatever the pool becomes; a
 * variant with no examples left uses {@code limit: 0}, because empty ids would mean "all examples".
 */
public final class AblationPlanner {

    /** The k of the sweep, besides "all". */
    public static final List<Integer> DEFAULT_SWEEP = List.of(0, 1, 3, 5);

    private final FewShotSelector selector;

    public AblationPlanner(FewShotSelector selector) {
        this.selector = selector;
    }

    /** @param sweep the k values to try; those above the number of examples are dropped, and "all" is always added */
    public AblationPlan plan(PromptVariant variant, List<Example> pool, List<Integer> sweep) {
        List<String> ids = selector.select(variant.fewShot(), pool).stream().map(Example::id).toList();
        PromptVariant full = with(variant, variant.name() + "-all", ids, null);
        List<AblationPlan.LeaveOneOut> leaveOneOut = new ArrayList<>();
        for (String id : ids) {
            List<String> rest = new ArrayList<>(ids);
            rest.remove(id);
            leaveOneOut.add(new AblationPlan.LeaveOneOut(id, with(variant, variant.name() + "-without-" + safe(id), rest, null)));
        }
        TreeSet<Integer> ks = new TreeSet<>();
        sweep.stream().filter(k -> k >= 0 && k < ids.size()).forEach(ks::add);
        List<AblationPlan.SweepStep> steps = new ArrayList<>();
        for (int k : ks) {
            steps.add(new AblationPlan.SweepStep(k, with(variant, variant.name() + "-k" + k, ids, k)));
        }
        steps.add(new AblationPlan.SweepStep(ids.size(), full));
        return new AblationPlan(full, ids, leaveOneOut, steps);
    }

    private static PromptVariant with(PromptVariant variant, String name, List<String> ids, Integer limit) {
        FewShot fewShot = ids.isEmpty() || Integer.valueOf(0).equals(limit)
                ? new FewShot(variant.fewShot().mode(), 0, ids)
                : new FewShot(variant.fewShot().mode(), limit, ids);
        return variant.withFewShot(fewShot).withName(name);
    }

    /** Example ids become part of a variant name, which may become a file name. */
    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
