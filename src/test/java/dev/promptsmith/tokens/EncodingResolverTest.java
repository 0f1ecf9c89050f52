package dev.promptsmith.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.api.EncodingType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingResolverTest {

    private final EncodingResolver resolver = new EncodingResolver();

    @ParameterizedTest(name = "{0} -> o200k_base")
    @ValueSource(strings = {
            "gpt-4o", "gpt-4o-mini", "gpt-4o-2024-08-06", "chatgpt-4o-latest",
            "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-4.5-preview",
            "gpt-5", "gpt-5-mini", "gpt-5-nano", "gpt-5.1",
            "o1", "o1-mini", "o1-preview", "o1-2024-12-17", "o3", "o3-mini", "o3-pro", "o4-mini",
            "gpt-oss-120b", "GPT-4o", " gpt-4o "})
    void newOpenAiModelsUseO200k(String model) {
        assertThat(resolver.encodingFor("openai", model)).contains(EncodingType.O200K_BASE);
    }

    @ParameterizedTest(name = "{0} -> cl100k_base")
    @ValueSource(strings = {
            "gpt-4", "gpt-4-0613", "gpt-4-32k", "gpt-4-turbo", "gpt-4-turbo-2024-04-09",
            "gpt-3.5-turbo", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-16k", "gpt-35-turbo",
            "text-embedding-3-small", "text-embedding-3-large", "text-embedding-ada-002"})
    void olderOpenAiModelsUseCl100k(String model) {
        assertThat(resolver.encodingFor("openai", model)).contains(EncodingType.CL100K_BASE);
    }

    @Test
    void gpt41IsNotMistakenForGpt4() {
        // JTokkit's own lookup maps gpt-4.1 to cl100k_base through the gpt-4 prefix.
        assertThat(resolver.encodingFor("openai", "gpt-4.1-mini")).contains(EncodingType.O200K_BASE);
        assertThat(resolver.encodingFor("openai", "gpt-4")).contains(EncodingType.CL100K_BASE);
    }

    @ParameterizedTest(name = "openai/{0}")
    @CsvSource({"openrouter, openai/gpt-4o-mini, O200K_BASE", "openai, openai/gpt-4, CL100K_BASE",
            ", openai/o3-mini, O200K_BASE", "ollama, openai/gpt-4.1, O200K_BASE"})
    void openRouterStylePrefixIsAcceptedWhateverTheProvider(String provider, String model, EncodingType expected) {
        assertThat(resolver.encodingFor(provider, model)).contains(expected);
    }

    @Test
    void fineTunedModelsUseTheirBaseModelsEncoding() {
        assertThat(resolver.encodingFor("openai", "ft:gpt-4o-mini-2024-07-18:acme::abc123")).contains(EncodingType.O200K_BASE);
        assertThat(resolver.encodingFor("openai", "ft:gpt-3.5-turbo-0125:acme::abc123")).contains(EncodingType.CL100K_BASE);
    }

    @ParameterizedTest(name = "openai/{0} -> none")
    @ValueSource(strings = {"llama3.1", "whisper-1", "o2", "o10", "gpt-6x", "davinci", ""})
    void unknownOpenAiModelsHaveNoEncoding(String model) {
        assertThat(resolver.encodingFor("openai", model)).isEmpty();
    }

    @ParameterizedTest(name = "{0}/{1} -> none")
    @CsvSource({"anthropic, claude-sonnet-4-5", "gemini, gemini-2.5-flash", "ollama, gpt-oss:20b",
            "echo, echo", "ollama, gpt-4o", "anthropic, gpt-4o"})
    void otherProvidersHaveNoEncoding(String provider, String model) {
        assertThat(resolver.encodingFor(provider, model)).isEmpty();
    }

    @Test
    void nullModelOrProviderHasNoEncoding() {
        assertThat(resolver.encodingFor("openai", null)).isEmpty();
        assertThat(resolver.encodingFor(null, "gpt-4o")).isEmpty();
    }
}
