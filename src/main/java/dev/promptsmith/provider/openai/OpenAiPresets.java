package dev.promptsmith.provider.openai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The OpenAI-compatible servers offered by name, looked up by preset id (e.g. {@code groq}, {@code lmstudio}). */
public final class OpenAiPresets {

    /** Azure's GA data-plane version that knows {@code stream_options}; users may set a newer one. */
    public static final String AZURE_DEFAULT_API_VERSION = "2024-10-21";

    /** The shape of an Azure base URL; {@link #azureDeploymentUrl} fills it in. */
    public static final String AZURE_URL_PATTERN = "https://{resource}.openai.azure.com/openai/deployments/{deployment}";

    private static final Pattern AZURE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final List<OpenAiPreset> BUILT_IN = List.of(
            cloud("openai", "OpenAI", "https://api.openai.com/v1", "OPENAI_API_KEY"),
            cloud("openrouter", "OpenRouter", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY"),
            cloud("groq", "Groq", "https://api.groq.com/openai/v1", "GROQ_API_KEY"),
            cloud("together", "Together AI", "https://api.together.xyz/v1", "TOGETHER_API_KEY"),
            // Mistral rejects unknown body fields (422 extra_forbidden) and sends stream usage unasked.
            new OpenAiPreset("mistral", "Mistral", "https://api.mistral.ai/v1", "MISTRAL_API_KEY", true,
                    Map.of(OpenAiEndpointOptions.STREAM_USAGE, "false")),
            cloud("deepseek", "DeepSeek", "https://api.deepseek.com/v1", "DEEPSEEK_API_KEY"),
            new OpenAiPreset("azure", "Azure OpenAI", null, "AZURE_OPENAI_API_KEY", true, Map.of(
                    OpenAiEndpointOptions.AUTH, OpenAiEndpointOptions.AUTH_API_KEY,
                    OpenAiEndpointOptions.API_VERSION, AZURE_DEFAULT_API_VERSION)),
            // LM Studio refuses JSON mode (json_object) but takes any json_schema.
            new OpenAiPreset("lmstudio", "LM Studio", "http://localhost:1234/v1", null, false,
                    Map.of(OpenAiEndpointOptions.ANY_JSON, OpenAiEndpointOptions.ANY_JSON_SCHEMA)),
            local("llamacpp", "llama.cpp server", "http://localhost:8080/v1"),
            local("vllm", "vLLM", "http://localhost:8000/v1"),
            local("ollama-openai", "Ollama (OpenAI-compatible)", "http://localhost:11434/v1"));

    private final Map<String, OpenAiPreset> byId = new LinkedHashMap<>();

    public OpenAiPresets(List<OpenAiPreset> presets) {
        for (OpenAiPreset preset : presets) {
            if (byId.putIfAbsent(preset.id(), preset) != null) {
                throw new IllegalArgumentException("Two presets share the id " + preset.id());
            }
        }
    }

    /** The presets the app ships with. */
    public static OpenAiPresets builtIn() {
        return new OpenAiPresets(BUILT_IN);
    }

    public Optional<OpenAiPreset> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All presets in display order. */
    public List<OpenAiPreset> all() {
        return List.copyOf(byId.values());
    }

    /** {@link #AZURE_URL_PATTERN} filled in; names outside Azure's character set are refused. */
    public static String azureDeploymentUrl(String resource, String deployment) {
        checkAzureName(resource);
        checkAzureName(deployment);
        return AZURE_URL_PATTERN.replace("{resource}", resource).replace("{deployment}", deployment);
    }

    private static void checkAzureName(String name) {
        if (name == null || !AZURE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not an Azure resource or deployment name: '" + name + "'");
        }
    }

    private static OpenAiPreset cloud(String id, String name, String baseUrl, String keyEnvVar) {
        return new OpenAiPreset(id, name, baseUrl, keyEnvVar, true, Map.of());
    }

    private static OpenAiPreset local(String id, String name, String baseUrl) {
        return new OpenAiPreset(id, name, baseUrl, null, false, Map.of());
    }
}
