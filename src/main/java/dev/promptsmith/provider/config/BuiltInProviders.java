package dev.promptsmith.provider.config;

import dev.promptsmith.provider.openai.OpenAiPreset;
import dev.promptsmith.provider.openai.OpenAiPresets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The provider entries a fresh install knows: the native OpenAI, Anthropic, Gemini and Ollama APIs,
 * then every OpenAI-compatible preset (OpenRouter, Groq, LM Studio, …). Project files refer to them
 * by id in {@code models[].provider}.
 */
public final class BuiltInProviders {

    /** Calls in flight per cloud provider: polite to rate limits, still fast for a 100-case run. */
    private static final int CLOUD_CONCURRENCY = 4;
    /** A local server usually runs one model on one GPU: parallel calls only queue there. */
    private static final int LOCAL_CONCURRENCY = 1;

    private BuiltInProviders() {
    }

    public static List<ProviderEntry> entries() {
        List<ProviderEntry> entries = new ArrayList<>();
        entries.add(new ProviderEntry("anthropic", "anthropic", "https://api.anthropic.com/v1",
                List.of("ANTHROPIC_API_KEY"), Map.of(), CLOUD_CONCURRENCY, null, null));
        entries.add(new ProviderEntry("gemini", "gemini", "https://generativelanguage.googleapis.com/v1beta",
                List.of("GEMINI_API_KEY", "GOOGLE_API_KEY"), Map.of(), CLOUD_CONCURRENCY, null, null));
        entries.add(new ProviderEntry("ollama", "ollama", "http://localhost:11434", List.of(), Map.of(),
                LOCAL_CONCURRENCY, null, null));
        for (OpenAiPreset preset : OpenAiPresets.builtIn().all()) {
            boolean local = preset.keyEnvVar() == null;
            entries.add(new ProviderEntry(preset.id(), "openai", preset.defaultBaseUrl(),
                    preset.keyRequired() ? List.of(preset.keyEnvVar()) : List.of(), preset.options(),
                    local ? LOCAL_CONCURRENCY : CLOUD_CONCURRENCY, null, null));
        }
        return entries;
    }
}
