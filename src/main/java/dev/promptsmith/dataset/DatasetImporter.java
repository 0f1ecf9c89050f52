package dev.promptsmith.dataset;

import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.model.Problem;
import dev.promptsmith.project.RecordJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Imports test cases and examples from a file, choosing the format by the file's extension. Safe to call
 * from any thread: it keeps no state between calls.
 */
public final class DatasetImporter {

    private final Map<String, ImportFormat> byExtension = new LinkedHashMap<>();

    public DatasetImporter(AssertionRegistry registry, RecordJson json) {
        ExpectedSyntax syntax = new ExpectedSyntax(registry, json.mapper());
        List.of(new CsvFormat(syntax, json.mapper()), new JsonlFormat(json), new JsonArrayFormat(json),
                        new PromptfooYamlFormat(registry))
                .forEach(format -> format.extensions().forEach(ext -> byExtension.put(ext, format)));
    }

    /** The format of a file name by its extension, if one is known. */
    public Optional<ImportFormat> formatOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(byExtension.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    public Set<String> extensions() {
        return byExtension.keySet();
    }

    /**
     * Reads and imports a file. A file that is not UTF-8, or whose format is unknown, gives a result that
     * refused the file with a problem saying so.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when {@code mapping} names a column the file does not have
     */
    public <T> ImportResult<T> importFile(Path path, RecordKind<T> kind, ImportOptions options,
                                          UnaryOperator<ColumnMapping> mapping) {
        String name = path.getFileName().toString();
        if (formatOf(name).isEmpty()) {
            return unknownType(name); // not even read
        }
        return readText(path).map(text -> importText(name, text, kind, options, mapping))
                .orElseGet(() -> ImportResult.notUtf8(name));
    }

    /**
     * Imports text already read from a file named {@code name} (its extension picks the format):
     * the import dialog reads a file once and imports it again with each change of the mapping.
     */
    public <T> ImportResult<T> importText(String name, String text, RecordKind<T> kind, ImportOptions options,
                                          UnaryOperator<ColumnMapping> mapping) {
        return formatOf(name).map(format -> format.read(new ImportRequest<>(name, text, kind, options, mapping)))
                .orElseGet(() -> unknownType(name));
    }

    /**
     * The file's text, or empty when it is not UTF-8.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public Optional<String> readText(Path path) {
        try {
            return utf8(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private <T> ImportResult<T> unknownType(String name) {
        return ImportResult.unreadable(name, List.of(Problem.error(name, 0, 0,
                "unknown file type; expected one of: ." + String.join(", .", extensions()))));
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
