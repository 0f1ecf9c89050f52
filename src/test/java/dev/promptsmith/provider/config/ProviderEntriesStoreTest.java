package dev.promptsmith.provider.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderEntriesStoreTest {

    @TempDir
    Path config;

    @Test
    void noFileGivesTheBuiltInEntries() throws Exception {
        assertThat(new ProviderEntriesStore(config, BuiltInProviders.entries()).load()).isEqualTo(BuiltInProviders.entries());
    }

    @Test
    void userEntriesWinAndNewBuiltInsAreAdded() throws Exception {
        ProviderEntriesStore store = new ProviderEntriesStore(config, BuiltInProviders.entries());
        ProviderEntry mine = new ProviderEntry("ollama", "ollama", "http://gpu-box:11434", List.of(), Map.of(), 2, 30, null, 5, 120);
        ProviderEntry custom = new ProviderEntry("work-gateway", "openai", "https://llm.example.internal/v1",
                List.of("WORK_LLM_KEY"), Map.of("auth", "api-key"), 8, null, 100_000);
        store.save(List.of(mine, custom));

        List<ProviderEntry> loaded = store.load();

        assertThat(loaded).startsWith(mine, custom);
        assertThat(loaded).extracting(ProviderEntry::id).contains("openai", "anthropic").containsOnlyOnce("ollama");
        assertThat(loaded.get(0).retryPolicy(dev.promptsmith.provider.http.RetryPolicy.DEFAULT).maxAttempts()).isEqualTo(5);
    }

    @Test
    void aBrokenFileIsNamed() throws Exception {
        Files.writeString(config.resolve("providers.json"), "[{\"id\": ");
        assertThatThrownBy(() -> new ProviderEntriesStore(config, BuiltInProviders.entries()).load())
                .hasMessageContaining("providers.json");
    }
}
