package dev.promptsmith.provider.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.provider.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyStoreTest {

    private static final String KEY = "sk-live-abcdef0123456789";

    @TempDir
    Path dir;

    private final ProviderEntry openai = new ProviderEntry("openai", "openai", "https://api.openai.com/v1",
            List.of("OPENAI_API_KEY"), Map.of(), 4, null, null);
    private final ProviderEntry gemini = new ProviderEntry("gemini", "gemini", "https://x", List.of("GEMINI_API_KEY", "GOOGLE_API_KEY"),
            Map.of(), 4, null, null);
    private final ProviderEntry local = new ProviderEntry("ollama", "ollama", "http://localhost:11434", List.of(), Map.of(), 1, null, null);

    @Test
    void keyComesFromTheFirstEnvironmentVariableThatIsSet() throws Exception {
        KeyStore keys = new KeyStore(dir, Map.of("GOOGLE_API_KEY", "g-key")::get).load();
        assertThat(keys.key(gemini)).contains(Secret.of("g-key"));
        assertThat(keys.source(gemini)).isEqualTo("$GOOGLE_API_KEY");
        assertThat(keys.key(openai)).isEmpty();
        assertThat(keys.source(openai)).isEqualTo("not set");
        assertThat(keys.source(local)).isEqualTo("not needed");
    }

    @Test
    void storedKeyWinsAndIsWrittenOwnerOnly() throws Exception {
        KeyStore keys = new KeyStore(dir, Map.of("OPENAI_API_KEY", "env-key")::get).load();
        keys.put("openai", Secret.of(KEY));

        assertThat(keys.key(openai)).contains(Secret.of(KEY));
        assertThat(Files.getPosixFilePermissions(keys.file()))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        KeyStore reloaded = new KeyStore(dir, name -> null).load();
        assertThat(reloaded.key(openai)).contains(Secret.of(KEY));
        assertThat(reloaded.source(openai)).isEqualTo("keys file");
    }

    @Test
    void blankKeyRemovesTheStoredOne() throws Exception {
        KeyStore keys = new KeyStore(dir, name -> null).load();
        keys.put("openai", Secret.of(KEY));
        keys.put("openai", Secret.of(""));
        assertThat(new KeyStore(dir, name -> null).load().key(openai)).isEmpty();
    }

    @Test
    void aBrokenKeysFileIsNamedWithoutQuotingItsContent() throws Exception {
        Files.writeString(dir.resolve("keys.json"), "{\"openai\": \"" + KEY + "\" oops");
        assertThatThrownBy(() -> new KeyStore(dir, name -> null).load())
                .hasMessageContaining("keys.json")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
    }

    @Test
    void secretsDoNotShowTheirValueWhenPrinted() {
        Secret secret = Secret.of(KEY);
        assertThat(secret.toString()).doesNotContain(KEY);
        assertThat(String.valueOf(List.of(secret))).doesNotContain(KEY);
    }
}
