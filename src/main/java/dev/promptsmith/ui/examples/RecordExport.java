package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.ExportResult;
import dev.promptsmith.dataset.RecordKind;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.TestCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Writes records to a file in the format its extension names (CSV or JSON Lines); a registry of formats. */
final class RecordExport<T> {

    private final Map<String, Function<List<T>, ExportResult>> byExtension;

    private RecordExport(Map<String, Function<List<T>, ExportResult>> byExtension) {
        this.byExtension = byExtension;
    }

    static RecordExport<TestCase> tests(DatasetServices data) {
        Map<String, Function<List<TestCase>, ExportResult>> formats = new LinkedHashMap<>();
        formats.put("csv", tests -> data.csv().exportTests(tests));
        formats.put("jsonl", tests -> data.jsonl().export(RecordKind.tests(), tests));
        return new RecordExport<>(formats);
    }

    static RecordExport<Example> examples(DatasetServices data) {
        Map<String, Function<List<Example>, ExportResult>> formats = new LinkedHashMap<>();
        formats.put("csv", examples -> data.csv().exportExamples(examples));
        formats.put("jsonl", examples -> data.jsonl().export(RecordKind.examples(), examples));
        return new RecordExport<>(formats);
    }

    /** The extensions, without dots, for a file chooser. */
    List<String> extensions() {
        return List.copyOf(byExtension.keySet());
    }

    /** The project file's name with the first format's extension: {@code tests.csv}. */
    String suggestedName(RecordKind<?> kind) {
        String file = kind.projectFile();
        return file.substring(0, file.lastIndexOf('.')) + "." + extensions().get(0);
    }

    /**
     * Writes {@code records} to {@code file} through a temporary file, so a failed write leaves no half file.
     *
     * @throws IllegalArgumentException when the extension names no format
     */
    ExportResult write(Path file, List<T> records) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Function<List<T>, ExportResult> format = Optional.ofNullable(dot < 0 ? null
                : byExtension.get(name.substring(dot + 1).toLowerCase(Locale.ROOT))).orElseThrow(() ->
                new IllegalArgumentException(name + ": choose a file ending in ." + String.join(" or .", extensions())));
        ExportResult result = format.apply(records);
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + name, ".tmp");
        try {
            Files.writeString(temp, result.text(), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return result;
    }
}
