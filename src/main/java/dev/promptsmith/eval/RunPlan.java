package dev.promptsmith.eval;

import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run will call: each chosen prompt variant on each chosen model (a column each) for each
 * chosen test case, {@code repeats} times.
 *
 * @param concurrency maximum calls in flight at once
 * @param ignoreCache call the models even where the response cache has an answer
 */
public record RunPlan(List<PromptVariant> prompts, List<ModelRef> models, List<TestCase> tests, int repeats,
                      int concurrency, boolean ignoreCache) {

    public RunPlan {
        prompts = List.copyOf(prompts);
        models = List.copyOf(models);
        tests = List.copyOf(tests);
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, was " + repeats);
        }
        if (prompts.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one prompt variant");
        }
    }

    /** One prompt, one call per cell, cache used. */
    public RunPlan(PromptVariant prompt, List<ModelRef> models, List<TestCase> tests, int concurrency) {
        this(List.of(prompt), models, tests, 1, concurrency, false);
    }

    public int cellCount() {
        return prompts.size() * models.size() * tests.size() * repeats;
    }

    /** The columns in display order: every prompt variant × every model. */
    public List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (PromptVariant prompt : prompts) {
            for (ModelRef model : models) {
                columns.add(new Column(prompt, model, prompts.size() > 1));
            }
        }
        return columns;
    }

    /** One column of results: a prompt variant on a model. */
    public record Column(PromptVariant prompt, ModelRef model, boolean showPrompt) {

        /** The model id alone when the run has one prompt, else {@code prompt × model}. */
        public String id() {
            return showPrompt ? prompt.name() + " × " + model.id() : model.id();
        }
    }
}
