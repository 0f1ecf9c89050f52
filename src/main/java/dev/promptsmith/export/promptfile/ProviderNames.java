package dev.promptsmith.export.promptfile;

import dev.promptsmith.export.promptfile.ProviderName.ParamKeys;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The providers Promptsmith knows and their names in promptfoo, Dotprompt (Genkit) and Prompty. A
 * provider missing from a format is exported with a problem, never under a guessed name.
 */
final class ProviderNames {

    private final List<ProviderName> names;

    ProviderNames(List<ProviderName> names) {
        this.names = List.copyOf(names);
    }

    /**
     * Our built-in providers (see BuiltInProviders and OpenAiPresets). The promptfoo prefixes are
     * those of promptfoo's provider pages (site/docs/providers in its repository): e.g.
     * {@code openrouter:openai/gpt-5.4}, {@code togetherai:meta-llama/…}, {@code mistral:…},
     * {@code deepseek:…}, each taking the OpenAI parameter names.
     */
    static ProviderNames standard() {
        return new ProviderNames(List.of(
                new ProviderName("openai", "openai:chat:", ParamKeys.OPENAI, null, "openai/", "openai"),
                new ProviderName("anthropic", "anthropic:messages:", ParamKeys.ANTHROPIC, null, "anthropic/", null),
                new ProviderName("gemini", "google:", ParamKeys.GOOGLE, null, "googleai/", null),
                new ProviderName("ollama", "ollama:chat:", ParamKeys.OLLAMA, null, "ollama/", null),
                new ProviderName("azure", "azure:chat:", ParamKeys.OPENAI, null, null, "azure_openai"),
                new ProviderName("openrouter", "openrouter:", ParamKeys.OPENAI, null, null, null),
                new ProviderName("groq", "groq:", ParamKeys.OPENAI, null, null, null),
                new ProviderName("together", "togetherai:", ParamKeys.OPENAI, null, null, null),
                new ProviderName("mistral", "mistral:", ParamKeys.OPENAI, null, null, null),
                new ProviderName("deepseek", "deepseek:", ParamKeys.OPENAI, null, null, null),
                new ProviderName("lmstudio", "openai:chat:", ParamKeys.OPENAI, "http://localhost:1234/v1", null, null),
                new ProviderName("llamacpp", "openai:chat:", ParamKeys.OPENAI, "http://localhost:8080/v1", null, null),
                new ProviderName("vllm", "openai:chat:", ParamKeys.OPENAI, "http://localhost:8000/v1", null, null),
                new ProviderName("ollama-openai", "openai:chat:", ParamKeys.OPENAI, "http://localhost:11434/v1", null, null),
                new ProviderName("echo", "echo", ParamKeys.NONE, null, null, null)));
    }

    Optional<ProviderName> byProvider(String provider) {
        return names.stream().filter(n -> n.provider().equals(provider)).findFirst();
    }

    /**
     * The provider of a promptfoo id and the model it names; OpenAI-compatible local servers are told
     * apart by their {@code apiBaseUrl}. Longest prefix wins, so {@code openai:chat:} beats {@code openai:}.
     */
    Optional<Match> byPromptfooId(String id, String apiBaseUrl) {
        return names.stream()
                .filter(n -> n.promptfoo() != null && (n.promptfoo().endsWith(":") ? id.startsWith(n.promptfoo())
                        && id.length() > n.promptfoo().length() : id.equals(n.promptfoo())))
                .filter(n -> n.apiBaseUrl() == null || sameUrl(n.apiBaseUrl(), apiBaseUrl))
                .sorted(Comparator.comparing((ProviderName n) -> n.apiBaseUrl() == null)
                        .thenComparing(n -> -n.promptfoo().length()))
                .findFirst()
                .map(n -> new Match(n, n.promptfoo().endsWith(":") ? id.substring(n.promptfoo().length()) : n.provider()));
    }

    /** The provider of a Genkit model name such as {@code googleai/gemini-2.0-flash}. */
    Optional<Match> byDotpromptModel(String model) {
        return names.stream().filter(n -> n.dotprompt() != null && model.startsWith(n.dotprompt())
                        && model.length() > n.dotprompt().length())
                .findFirst().map(n -> new Match(n, model.substring(n.dotprompt().length())));
    }

    Optional<ProviderName> byPromptyType(String type) {
        return names.stream().filter(n -> type.equals(n.prompty())).findFirst();
    }

    /** A provider and the model name it was given. */
    record Match(ProviderName name, String model) {
    }

    private static boolean sameUrl(String a, String b) {
        return b != null && strip(a).equals(strip(b));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
