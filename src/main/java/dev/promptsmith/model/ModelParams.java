package dev.promptsmith.model;

import java.util.List;

/**
 * Sampling parameters. A null field means "not set": the provider's default applies, and the
 * field is not written to the request or the project file.
 */
public record ModelParams(Double temperature, Integer maxTokens, Double topP, List<String> stop) {

    public static final ModelParams NONE = new ModelParams(null, null, null, null);

    public ModelParams {
        stop = stop == null ? null : List.copyOf(stop);
    }

    /** Fields set here win; unset fields fall back to {@code defaults}. */
    public ModelParams overriding(ModelParams defaults) {
        return new ModelParams(
                temperature != null ? temperature : defaults.temperature,
                maxTokens != null ? maxTokens : defaults.maxTokens,
                topP != null ? topP : defaults.topP,
                stop != null ? stop : defaults.stop);
    }

    public ModelParams withTemperature(Double value) {
        return new ModelParams(value, maxTokens, topP, stop);
    }

    public ModelParams withMaxTokens(Integer value) {
        return new ModelParams(temperature, value, topP, stop);
    }

    public ModelParams withTopP(Double value) {
        return new ModelParams(temperature, maxTokens, value, stop);
    }

    public ModelParams withStop(List<String> value) {
        return new ModelParams(temperature, maxTokens, topP, value);
    }
}
