package dev.promptsmith.export.code;

import java.util.Arrays;
import java.util.Optional;

/** The wire formats a code exporter may speak, named by the provider entry {@code kind} that uses them. */
public enum WireApi {
    /** OpenAI Chat Completions and every compatible server. */
    OPENAI_CHAT("openai"),
    /** Anthropic Messages. */
    ANTHROPIC_MESSAGES("anthropic"),
    /** Google Gemini {@code generateContent}. */
    GEMINI("gemini"),
    /** Ollama's native {@code /api/chat}. */
    OLLAMA("ollama");

    private final String kind;

    WireApi(String kind) {
        this.kind = kind;
    }

    /** The {@code ProviderEntry.kind()} of this format. */
    public String kind() {
        return kind;
    }

    public static Optional<WireApi> ofKind(String kind) {
        return Arrays.stream(values()).filter(w -> w.kind.equals(kind)).findFirst();
    }
}
