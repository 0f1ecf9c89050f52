package dev.promptsmith.provider.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's provider entries in {@code providers.json} (config folder): base URLs, options and
 * limits, never keys. Built-in entries the file does not mention are added, so a new release's
 * presets appear without the user losing their own changes.
 */
public final class ProviderEntriesStore {

    private final Path file;
    private final List<ProviderEntry> builtIn;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ProviderEntriesStore(Path configDirectory, List<ProviderEntry> builtIn) {
        this.file = configDirectory.resolve("providers.json");
        this.builtIn = List.copyOf(builtIn);
    }

    public Path file() {
        return file;
    }

    /** The user's entries, then the built-in ones they do not override; a missing file gives the built-ins. */
    public List<ProviderEntry> load() throws IOException {
        Map<String, ProviderEntry> entries = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            try {
                for (ProviderEntry entry : mapper.readValue(file.toFile(), new TypeReference<List<ProviderEntry>>() { })) {
                    entries.put(entry.id(), entry);
                }
            } catch (IOException e) {
                throw new IOException("Cannot read provider settings " + file + ": " + e.getMessage(), e);
            }
        }
        for (ProviderEntry entry : builtIn) {
            entries.putIfAbsent(entry.id(), entry);
        }
        return new ArrayList<>(entries.values());
    }

    public void save(List<ProviderEntry> entries) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".providers", ".tmp");
        try {
            mapper.writeValue(temp.toFile(), entries);
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
