package dev.promptsmith.provider.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.promptsmith.provider.Secret;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * API keys: {@code keys.json} in the user's config folder (owner-only permissions), then the
 * entry's environment variables. Keys never go into project files, and this class never logs or
 * prints one: failures name the file, never its content.
 */
public final class KeyStore {

    private final Path file;
    private final Function<String, String> environment;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Map<String, String> stored = new TreeMap<>();

    public KeyStore(Path configDirectory, Function<String, String> environment) {
        this.file = configDirectory.resolve("keys.json");
        this.environment = environment;
    }

    public Path file() {
        return file;
    }

    /** Reads the keys file; a missing file is no keys. */
    public KeyStore load() throws IOException {
        stored.clear();
        if (Files.isRegularFile(file)) {
            try {
                stored.putAll(mapper.readValue(file.toFile(), new TypeReference<Map<String, String>>() { }));
            } catch (IOException e) {
                // The parser's message may quote the file's text, which holds keys: say only where.
                throw new IOException("The keys file " + file + " is not a JSON object of provider ids to keys");
            }
        }
        return this;
    }

    /** The key for {@code entry}: the stored one, else the first environment variable that is set. */
    public Optional<Secret> key(ProviderEntry entry) {
        String value = stored.get(entry.id());
        if (value != null && !value.isBlank()) {
            return Optional.of(Secret.of(value));
        }
        for (String variable : entry.keyEnv()) {
            String env = environment.apply(variable);
            if (env != null && !env.isBlank()) {
                return Optional.of(Secret.of(env.trim()));
            }
        }
        return Optional.empty();
    }

    /** Where the key of {@code entry} comes from, for the settings dialog: never the key itself. */
    public String source(ProviderEntry entry) {
        if (stored.containsKey(entry.id())) {
            return "keys file";
        }
        return entry.keyEnv().stream().filter(v -> environment.apply(v) != null && !environment.apply(v).isBlank())
                .findFirst().map(v -> "$" + v).orElse(entry.needsKey() ? "not set" : "not needed");
    }

    /** Stores (or with a blank key, removes) the key of {@code providerId} and writes the file atomically. */
    public void put(String providerId, Secret key) throws IOException {
        if (key == null || key.isBlank()) {
            stored.remove(providerId);
        } else {
            stored.put(providerId, key.reveal());
        }
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".keys", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not POSIX (Windows): the profile folder is private to the user already.
            }
            mapper.writeValue(temp.toFile(), stored);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
