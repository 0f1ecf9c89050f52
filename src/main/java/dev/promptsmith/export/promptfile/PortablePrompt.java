package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import java.util.List;
import java.util.Map;

/**
 * A prompt variant resolved for export, the same for every format: its turns in the order they are
 * sent (few-shot turns rendered), effective parameters, a sample, and the examples templates loop over.
 *
 * @param model the first chosen model, or null
 * @param params the variant's parameters over the first model's
 * @param sample the chosen test case's vars (without {@code examples}), in file order
 * @param sampleTestId the id of that test case, or null when the project has none
 * @param examples the {@code examples} value for templates that loop over it, or null when no template does
 * @param variables the input variables the templates read, in order of first use
 * @param outputSchema the prompt's output JSON Schema as plain values, or null
 */
record PortablePrompt(PromptVariant variant, String projectName, ModelRef model, ModelParams params, List<Turn> turns,
                      Map<String, Object> sample, String sampleTestId, List<Map<String, Object>> examples,
                      List<String> variables, Map<String, Object> outputSchema, String schemaName) {

    /**
     * One message of the exported prompt.
     *
     * @param literal true for text that must reach the model as is (a rendered few-shot turn, a raw
     *                template): formats that render templates must escape it
     * @param source where it comes from, for problem messages: {@code system}, {@code messages[0]}, {@code example ex-01}
     */
    record Turn(Role role, String text, boolean literal, String source) {
    }

    String name() {
        return variant.name();
    }
}
