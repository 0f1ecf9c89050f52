package dev.promptsmith.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The contents of {@code promptsmith.yaml}.
 *
 * @param judge id of the model (from {@link #models}) that grades model-graded assertions; null when
 *              none is set — there is never a silent default judge
 * @param target the quality the project aims for, or null
 * @param budgetUsd maximum spend of one run in US dollars, or null for no limit
 */
public record ProjectSettings(
        String name,
        String description,
        List<ModelRef> models,
        RunDefaults defaults,
        List<Assertion> defaultAssert,
        String judge,
        Target target,
        BigDecimal budgetUsd) {

    public ProjectSettings {
        models = List.copyOf(models);
        defaultAssert = List.copyOf(defaultAssert);
        if (defaults == null) {
            defaults = RunDefaults.STANDARD;
        }
    }

    public ProjectSettings withModels(List<ModelRef> newModels) {
        return new ProjectSettings(name, description, newModels, defaults, defaultAssert, judge, target, budgetUsd);
    }

    public ProjectSettings withBudget(BigDecimal newBudgetUsd) {
        return new ProjectSettings(name, description, models, defaults, defaultAssert, judge, target, newBudgetUsd);
    }

    public static ProjectSettings named(String name) {
        return new ProjectSettings(name, "", List.of(ModelRef.echo()), RunDefaults.STANDARD, List.of(), null, null, null);
    }
}
