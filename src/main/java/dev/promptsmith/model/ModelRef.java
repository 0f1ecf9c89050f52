package dev.promptsmith.model;

/**
 * A model the project can run against.
 *
 * @param id the label used in the project (column headers, {@code judge}); unique in a project
 * @param provider the provider registry key, e.g. {@code openai}, {@code anthropic}, {@code echo}
 * @param model the provider's model name, e.g. {@code gpt-4o-mini}
 * @param params default parameters for this model; a prompt's own params override them
 */
public record ModelRef(String id, String provider, String model, ModelParams params) {

    public ModelRef {
        if (params == null) {
            params = ModelParams.NONE;
        }
    }

    public static ModelRef echo() {
        return new ModelRef("echo", "echo", "echo", ModelParams.NONE);
    }
}
