package dev.promptsmith.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.Secret;
import dev.promptsmith.provider.http.Endpoint;
import dev.promptsmith.provider.http.HttpRequestSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The preset registry and what its presets do to requests (reference §1.6 for the local servers' addresses). */
class OpenAiPresetsTest {

    private static final String KEY = "azure-key-0123456789";

    private final OpenAiPresets presets = OpenAiPresets.builtIn();
    private final OpenAiWireFormat format = new OpenAiWireFormat();
    private final ChatRequest request = new ChatRequest("gpt-4o", List.of(ChatMessage.user("Hi")), null);

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "openai,        https://api.openai.com/v1,      OPENAI_API_KEY,     true",
            "openrouter,    https://openrouter.ai/api/v1,   OPENROUTER_API_KEY, true",
            "groq,          https://api.groq.com/openai/v1, GROQ_API_KEY,       true",
            "together,      https://api.together.xyz/v1,    TOGETHER_API_KEY,   true",
            "mistral,       https://api.mistral.ai/v1,      MISTRAL_API_KEY,    true",
            "deepseek,      https://api.deepseek.com/v1,    DEEPSEEK_API_KEY,   true",
            "azure,         -,                              AZURE_OPENAI_API_KEY, true",
            "lmstudio,      http://localhost:1234/v1,       -,                  false",
            "llamacpp,      http://localhost:8080/v1,       -,                  false",
            "vllm,          http://localhost:8000/v1,       -,                  false",
            "ollama-openai, http://localhost:11434/v1,      -,                  false"
    })
    void builtInPresetsHaveTheirAddressAndKeyVariable(String id, String baseUrl, String envVar, boolean keyRequired) {
        OpenAiPreset preset = presets.find(id).orElseThrow();

        assertThat(preset.defaultBaseUrl()).isEqualTo(baseUrl);
        assertThat(preset.keyEnvVar()).isEqualTo(envVar);
        assertThat(preset.keyRequired()).isEqualTo(keyRequired);
        assertThat(preset.displayName()).isNotBlank();
    }

    @Test
    void allListsElevenPresetsInOrderAndUnknownIdsAreEmpty() {
        assertThat(presets.all()).extracting(OpenAiPreset::id).containsExactly("openai", "openrouter", "groq",
                "together", "mistral", "deepseek", "azure", "lmstudio", "llamacpp", "vllm", "ollama-openai");
        assertThat(presets.find("anthropic")).isEmpty();
    }

    @Test
    void duplicateIdsAreRefused() {
        OpenAiPreset a = new OpenAiPreset("x", "X", "http://a/v1", null, false, Map.of());

        assertThatThrownBy(() -> new OpenAiPresets(List.of(a, a))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void localPresetWithoutKeySendsNoAuthorizationHeader() {
        OpenAiPreset lmstudio = presets.find("lmstudio").orElseThrow();
        assertThat(lmstudio.missingSetting(null, null)).isEmpty();

        HttpRequestSpec spec = format.chatRequest(lmstudio.endpoint(null, null, Map.of(), Map.of()), request, true);

        assertThat(spec.url()).isEqualTo("http://localhost:1234/v1/chat/completions");
        assertThat(spec.headers()).doesNotContainKeys("Authorization", "api-key");
    }

    @Test
    void azurePresetBuildsDeploymentUrlWithApiVersionAndApiKeyHeader() {
        OpenAiPreset azure = presets.find("azure").orElseThrow();
        String baseUrl = OpenAiPresets.azureDeploymentUrl("acme-eu", "gpt4o-prod");

        Endpoint endpoint = azure.endpoint(baseUrl, Secret.of(KEY), Map.of(), Map.of());
        HttpRequestSpec spec = format.chatRequest(endpoint, request, false);

        assertThat(spec.url()).isEqualTo("https://acme-eu.openai.azure.com/openai/deployments/gpt4o-prod/chat/completions"
                + "?api-version=" + OpenAiPresets.AZURE_DEFAULT_API_VERSION);
        assertThat(spec.headers()).containsEntry("api-key", KEY).doesNotContainKey("Authorization");
        assertThat(spec.jsonBody()).doesNotContain(KEY);
        assertThat(format.modelsRequest(endpoint)).isNull();
    }

    @Test
    void userOptionsOverridePresetOptions() {
        Endpoint endpoint = presets.find("azure").orElseThrow().endpoint("https://r.openai.azure.com/openai/deployments/d",
                Secret.of(KEY), Map.of(), Map.of(OpenAiEndpointOptions.API_VERSION, "2025-04-01-preview"));

        assertThat(format.chatRequest(endpoint, request, false).url()).endsWith("?api-version=2025-04-01-preview");
    }

    @Test
    void mistralPresetLeavesOutStreamOptions() {
        Endpoint endpoint = presets.find("mistral").orElseThrow().endpoint(null, Secret.of(KEY), Map.of(), null);

        assertThat(format.chatRequest(endpoint, request, true).jsonBody()).doesNotContain("stream_options");
    }

    @Test
    void azureWithoutBaseUrlAndCloudWithoutKeyAreConfigErrors() {
        ProviderError noUrl = presets.find("azure").orElseThrow().missingSetting(" ", Secret.of(KEY)).orElseThrow();
        ProviderError noKey = presets.find("groq").orElseThrow().missingSetting(null, null).orElseThrow();

        assertThat(noUrl.kind()).isEqualTo(ProviderError.Kind.CONFIG);
        assertThat(noUrl.message()).contains("Azure OpenAI").contains("base URL");
        assertThat(noKey.kind()).isEqualTo(ProviderError.Kind.CONFIG);
        assertThat(noKey.message()).contains("GROQ_API_KEY");
        assertThat(noKey.retryable()).isFalse();
        assertThatThrownBy(() -> presets.find("azure").orElseThrow().endpoint(null, Secret.of(KEY), null, null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void azureNamesAreChecked() {
        assertThatThrownBy(() -> OpenAiPresets.azureDeploymentUrl("evil.com/x?", "d"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpenAiPresets.azureDeploymentUrl("r", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void customBaseUrlReplacesTheDefault() {
        Endpoint endpoint = presets.find("vllm").orElseThrow().endpoint("http://gpu-box:8000/v1/", null, null, null);

        assertThat(endpoint.baseUrl()).isEqualTo("http://gpu-box:8000/v1");
    }
}
