package dev.promptsmith.export.finetune;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The supervised dataset formats by id; a new format is one more entry in {@link #standard}. */
public final class DatasetFormats {

    private final Map<String, DatasetFormat> byId = new LinkedHashMap<>();

    public DatasetFormats(List<DatasetFormat> formats) {
        for (DatasetFormat format : formats) {
            if (byId.putIfAbsent(format.id(), format) != null) {
                throw new IllegalArgumentException("Two dataset formats share the id " + format.id());
            }
        }
    }

    public static DatasetFormats standard() {
        return new DatasetFormats(List.of(new OpenAiChatFormat(), new BedrockClaudeFormat()));
    }

    public Optional<DatasetFormat> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<DatasetFormat> all() {
        return List.copyOf(byId.values());
    }
}
