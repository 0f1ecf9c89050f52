package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.ModelParams;
import java.util.Map;

/**
 * How one Promptsmith provider is spelled in each portable format; null where a format cannot name it.
 *
 * @param provider our provider id ({@code models[].provider}), e.g. {@code anthropic}
 * @param promptfoo the promptfoo provider id prefix the model name follows, e.g. {@code anthropic:messages:};
 *                  a prefix without a trailing colon is a whole id (the echo provider)
 * @param promptfooParams how promptfoo names the sampling parameters for this provider
 * @param apiBaseUrl the local server address promptfoo must call, for OpenAI-compatible servers; else null
 * @param dotprompt the Genkit model prefix, e.g. {@code googleai/}
 * @param prompty the Prompty v1 {@code model.configuration.type}
 */
record ProviderName(String provider, String promptfoo, ParamKeys promptfooParams, String apiBaseUrl,
                    String dotprompt, String prompty) {

    /**
     * Parameter names in a promptfoo provider's {@code config}.
     *
     * @param maxTokens the output-token limit's name, which differs most between APIs
     */
    record ParamKeys(String temperature, String maxTokens, String topP, String stop) {

        static final ParamKeys OPENAI = new ParamKeys("temperature", "max_tokens", "top_p", "stop");
        static final ParamKeys ANTHROPIC = new ParamKeys("temperature", "max_tokens", "top_p", "stop_sequences");
        static final ParamKeys GOOGLE = new ParamKeys("temperature", "maxOutputTokens", "topP", "stopSequences");
        static final ParamKeys OLLAMA = new ParamKeys("temperature", "num_predict", "top_p", "stop");
        /** A provider that takes no sampling parameters (echo). */
        static final ParamKeys NONE = new ParamKeys(null, null, null, null);

        /** Adds the parameters that are set, under these names, to {@code target}. */
        void write(ModelParams params, Map<String, Object> target) {
            putIfSet(target, temperature, params.temperature());
            putIfSet(target, maxTokens, params.maxTokens());
            putIfSet(target, topP, params.topP());
            putIfSet(target, stop, params.stop());
        }

        private static void putIfSet(Map<String, Object> target, String key, Object value) {
            if (key != null && value != null) {
                target.put(key, value);
            }
        }
    }

    /** The promptfoo id for a model of this provider, or null when promptfoo has no such provider. */
    String promptfooId(String model) {
        if (promptfoo == null) {
            return null;
        }
        return promptfoo.endsWith(":") ? promptfoo + model : promptfoo;
    }
}
