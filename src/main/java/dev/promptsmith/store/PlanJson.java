package dev.promptsmith.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;

/**
 * The {@code plan} column of a run: prompt names with their version hashes, model and test ids,
 * repeats and options. Prompts are stored by hash; their content lives in {@code prompt_versions}.
 */
final class PlanJson {

    /** The stored form; {@code formatVersion} lets a later release read older plans. */
    record Plan(int formatVersion, List<PromptRef> prompts, List<String> models, List<String> tests, int repeats,
                Map<String, Object> options) {
    }

    record PromptRef(String name, String hash) {
    }

    private PlanJson() {
    }

    static String write(RunSpec spec) {
        List<PromptRef> prompts = spec.prompts().stream()
                .map(p -> new PromptRef(p.name(), PromptVersions.hash(p))).toList();
        Plan plan = new Plan(1, prompts, spec.modelIds(), spec.testIds(), spec.repeats(), spec.options());
        try {
            return CanonicalJson.MAPPER.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The run options are not plain JSON values: " + e.getOriginalMessage(), e);
        }
    }

    static Plan read(String json) {
        try {
            return CanonicalJson.MAPPER.readValue(json, Plan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored run plan is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
