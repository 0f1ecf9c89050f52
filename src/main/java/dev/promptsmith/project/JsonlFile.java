package dev.promptsmith.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and renders one JSONL file. Every line is kept: blank lines, lines that are not valid JSON and
 * duplicate ids stay in the file as they are, and unchanged records keep their exact text.
 */
final class JsonlFile<T> {

    private final ObjectMapper mapper;
    private final JsonColumns columns;
    private final JsonlCodec<T> codec;

    JsonlFile(ObjectMapper mapper, JsonlCodec<T> codec) {
        this.mapper = mapper;
        this.columns = new JsonColumns(mapper.getFactory());
        this.codec = codec;
    }

    JsonlSource<T> read(String path, SourceText source, ProblemLog log) {
        List<JsonlLine<T>> lines = new ArrayList<>();
        Map<String, Integer> firstLineById = new HashMap<>();
        List<String> texts = splitLines(source.text());
        for (int i = 0; i < texts.size(); i++) {
            lines.add(readLine(i + 1, texts.get(i), log, firstLineById));
        }
        return new JsonlSource<>(path, source, lines);
    }

    static <T> JsonlSource<T> missing(String path) {
        return new JsonlSource<>(path, null, List.of());
    }

    /** The new content of the file; a null source means a new file. */
    String render(JsonlSource<T> source, List<T> values) {
        List<ListMerge.Slot<JsonlLine<T>, T>> slots = new ArrayList<>();
        if (source != null) {
            source.lines().forEach(line -> slots.add(new ListMerge.Slot<>(line, line.record())));
        }
        // Matched by id and never paired otherwise: a new record must not inherit a deleted record's keys.
        List<JsonlLine<T>> out = ListMerge.merge(slots, values, codec::id, false, (slot, value) -> {
            if (slot == null) {
                ObjectNode created = codec.write(null, null, value);
                return new JsonlLine<>(0, serialize(created), created, value);
            }
            ObjectNode merged = codec.write(slot.node().object(), slot.baseline(), value);
            String text = serialize(merged);
            // Equal in meaning but not as Java values (3 as Long, 3 as Integer): keep the line as written.
            return text.equals(serialize(slot.node().object())) ? slot.node() : new JsonlLine<>(0, text, merged, value);
        });
        if (out.isEmpty()) {
            return "";
        }
        SourceText text = source == null ? null : source.source();
        String lineBreak = text == null ? "\n" : text.lineBreak();
        boolean finalNewline = text == null || text.finalNewline();
        List<String> lines = out.stream().map(JsonlLine::text).toList();
        return String.join(lineBreak, lines) + (finalNewline ? lineBreak : "");
    }

    private JsonlLine<T> readLine(int number, String text, ProblemLog log, Map<String, Integer> firstLineById) {
        if (text.isBlank()) {
            return new JsonlLine<>(number, text, null, null);
        }
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            log.error(number, column, "invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + "; expected one JSON object per line (the line is kept as it is)");
            return new JsonlLine<>(number, text, null, null);
        }
        if (!(node instanceof ObjectNode object)) {
            log.error(number, 1, "line must be a JSON object, found " + JsonValues.describe(node));
            return new JsonlLine<>(number, text, null, null);
        }
        JsonRead read = new JsonRead(log, columns, number, text);
        Optional<T> record = codec.read(object, read);
        if (record.isPresent()) {
            String id = codec.id(record.get());
            Integer first = firstLineById.putIfAbsent(id, number);
            if (first != null) {
                read.error("/id", "duplicate id '" + YamlNodes.shorten(id) + "' (first defined on line " + first
                        + "); this line is ignored and the first one is used");
                return new JsonlLine<>(number, text, object, null);
            }
        }
        return new JsonlLine<>(number, text, object, record.orElse(null));
    }

    private String serialize(ObjectNode object) {
        try {
            return mapper.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines without their breaks; a final line break does not start another line. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(text.substring(start, contentEnd));
            start = end + 1;
        }
        return lines;
    }
}
