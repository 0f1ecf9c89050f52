package dev.promptsmith.compare.grid;

import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.store.PromptVersions;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.RunSpec;
import dev.promptsmith.store.StoredCellKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a stored run, named as the run named them ({@code RunPlan.Column#id}): the model id
 * alone when the run had one prompt variant, else {@code prompt × model}. Cells refer to prompts by
 * version hash; this maps each hash back to the prompt's name.
 */
public final class RunColumns {

    private final ResultsStore store;
    private final RunSpec spec;
    private final Map<String, String> names = new HashMap<>();

    private RunColumns(ResultsStore store, RunSpec spec) {
        this.store = store;
        this.spec = spec;
        for (PromptVariant prompt : spec.prompts()) {
            names.put(PromptVersions.hash(prompt), prompt.name());
        }
    }

    /** @throws IllegalArgumentException when the store has no such run */
    public static RunColumns of(ResultsStore store, long runId) {
        return new RunColumns(store, store.runSpec(runId).orElseThrow(() ->
                new IllegalArgumentException("There is no run " + runId + " in " + store.file())));
    }

    public RunSpec spec() {
        return spec;
    }

    /** Every column of the plan in display order: each prompt variant × each model. */
    public List<String> columnIds() {
        List<String> ids = new ArrayList<>();
        for (PromptVariant prompt : spec.prompts()) {
            for (String model : spec.modelIds()) {
                ids.add(columnId(prompt.name(), model));
            }
        }
        return ids;
    }

    public String columnId(StoredCellKey key) {
        return columnId(promptName(key.promptHash()), key.modelId());
    }

    /**
     * The name of the prompt version with this hash. A resumed run may hold versions its plan does
     * not list; those are read from the store, and a version missing there too is named by its hash.
     */
    public String promptName(String hash) {
        return names.computeIfAbsent(hash, h -> store.promptVersion(h).map(PromptVariant::name)
                .orElse("prompt " + h.substring(0, Math.min(8, h.length()))));
    }

    private String columnId(String prompt, String model) {
        return spec.prompts().size() > 1 ? prompt + " × " + model : model;
    }
}
