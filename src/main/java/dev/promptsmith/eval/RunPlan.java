package dev.promptsmith.eval;

import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import java.util.List;

/**
 * What a run will call: one prompt variant on each chosen model for each chosen test case.
 *
 * @param concurrency maximum calls in flight at once
 */
public record RunPlan(PromptVariant prompt, List<ModelRef> models, List<TestCase> tests, int concurrency) {

    public RunPlan {
        models = List.copyOf(models);
        tests = List.copyOf(tests);
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
    }

    public int cellCount() {
        return models.size() * tests.size();
    }
}
