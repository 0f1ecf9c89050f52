package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.OutputFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Our models as promptfoo provider entries: id, label and config with the parameters under promptfoo's names. */
final class PromptfooProviders {

    private final ProviderNames names;

    PromptfooProviders(ProviderNames names) {
        this.names = names;
    }

    /** The provider id, or empty when promptfoo has no provider for the model's. */
    Optional<String> id(ModelRef model) {
        return names.byProvider(model.provider()).map(n -> n.promptfooId(model.model()));
    }

    /** {@code {id, label, config}} for one model, with the prompt's parameters over the model's. */
    Optional<Map<String, Object>> entry(ModelRef model, PortablePrompt prompt, ProblemList problems) {
        Optional<ProviderName> name = names.byProvider(model.provider());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", name.get().promptfooId(model.model()));
        entry.put("label", model.id());
        Map<String, Object> config = config(name.get(), prompt.variant().params().overriding(model.params()));
        if (name.get().apiBaseUrl() != null) {
            config.put("apiBaseUrl", name.get().apiBaseUrl());
        }
        if (prompt.variant().output().format() == OutputFormat.JSON) {
            if (name.get().promptfooParams() == ProviderName.ParamKeys.OPENAI) {
                config.put("response_format", ResponseFormats.openAi(prompt));
            } else if (name.get().promptfooParams() != ProviderName.ParamKeys.NONE) {
                problems.warning(0, "JSON output mode is not set for " + model.id() + " in promptfoo; the prompt's own"
                        + " instructions ask for JSON");
            }
        }
        if (!config.isEmpty()) {
            entry.put("config", config);
        }
        return Optional.of(entry);
    }

    private static Map<String, Object> config(ProviderName name, ModelParams params) {
        Map<String, Object> config = new LinkedHashMap<>();
        name.promptfooParams().write(params, config);
        return config;
    }
}
