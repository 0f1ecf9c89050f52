package dev.promptsmith.provider.config;

import dev.promptsmith.provider.anthropic.AnthropicWireFormat;
import dev.promptsmith.provider.gemini.GeminiWireFormat;
import dev.promptsmith.provider.ollama.OllamaWireFormat;
import dev.promptsmith.provider.http.WireFormat;
import dev.promptsmith.provider.openai.OpenAiWireFormat;
import java.util.Map;
import java.util.function.Supplier;

/** The wire formats by {@link ProviderEntry#kind()}: the one place a new API is added. */
public final class WireFormats {

    private WireFormats() {
    }

    public static Map<String, Supplier<WireFormat>> all() {
        return Map.of(
                "openai", OpenAiWireFormat::new,
                "anthropic", AnthropicWireFormat::new,
                "gemini", GeminiWireFormat::new,
                "ollama", OllamaWireFormat::new);
    }
}
