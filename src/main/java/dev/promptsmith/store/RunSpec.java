package dev.promptsmith.store;

import dev.promptsmith.model.PromptVariant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan of a run as the store keeps it: what was to be called, so a run can be shown or resumed
 * after the project has changed. Starting a run also stores each prompt's version.
 *
 * @param options other run settings (concurrency, timeouts…) as plain JSON values
 */
public record RunSpec(List<PromptVariant> prompts, List<String> modelIds, List<String> testIds, int repeats,
                      Map<String, Object> options) {

    public RunSpec {
        prompts = List.copyOf(prompts);
        modelIds = List.copyOf(modelIds);
        testIds = List.copyOf(testIds);
        options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, was " + repeats);
        }
    }

    /** Every cell of the plan: each test, prompt, model and repeat. */
    public List<StoredCellKey> cellKeys() {
        List<StoredCellKey> keys = new java.util.ArrayList<>(testIds.size() * prompts.size() * modelIds.size() * repeats);
        List<String> hashes = prompts.stream().map(PromptVersions::hash).toList();
        for (String testId : testIds) {
            for (String hash : hashes) {
                for (String modelId : modelIds) {
                    for (int repeat = 0; repeat < repeats; repeat++) {
                        keys.add(new StoredCellKey(testId, hash, modelId, repeat));
                    }
                }
            }
        }
        return keys;
    }
}
