package dev.promptsmith.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.model.Problem;
import dev.promptsmith.project.RecordJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Imports JSONL (one object per line, the shape of {@code tests.jsonl} / {@code examples.jsonl}) and JSON
 * (an array of such objects). Each object is read with the project file's own rules; an object without
 * an id gets one, and keys the record does not have are reported, since they would be lost.
 */
public final class JsonRecordsImporter<T> {

    /** Stands in for a missing id while the project reader (which requires one) reads the object. */
    private static final String PENDING_ID = "\u0000pending";

    private final RecordKind<T> kind;
    private final RecordJson json;

    public JsonRecordsImporter(RecordKind<T> kind, RecordJson json) {
        this.kind = kind;
        this.json = json;
    }

    public ImportResult<T> importJsonl(String file, String text, ImportOptions options) {
        ImportCollector<T> collector = new ImportCollector<>(file, kind, options);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 ? stripBom(lines[i]) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.mapper().readTree(line);
            } catch (JsonProcessingException e) {
                collector.refuse(i + 1, Problem.error(file, i + 1, column(e.getLocation()),
                        "invalid JSON: " + firstLine(e) + "; expected one JSON object per line"));
                continue;
            }
            object(collector, i + 1, node, line);
        }
        return collector.build();
    }

    /** A JSON array of objects; problems name the line each object starts on. */
    public ImportResult<T> importJsonArray(String file, String text, ImportOptions options) {
        ImportCollector<T> collector = new ImportCollector<>(file, kind, options);
        // Reading one element at a time leaves the rest of the array behind it: not trailing garbage.
        ObjectReader elements = json.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = json.mapper().getFactory().createParser(stripBom(text))) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return ImportResult.unreadable(file, List.of(Problem.error(file, 1, 1,
                        "expected a JSON array of " + kind.noun() + " objects: [ {...}, {...} ]")));
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = elements.readTree(parser);
                object(collector, line, node, null);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            collector.refuse(line, Problem.error(file, line, column(e.getLocation()), "invalid JSON: " + firstLine(e)
                    + "; the objects from here to the end are not imported"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return collector.build();
    }

    private void object(ImportCollector<T> collector, int line, JsonNode node, String lineText) {
        String file = collector.file();
        if (!(node instanceof ObjectNode original)) {
            collector.refuse(line, Problem.error(file, line, 1, "expected a " + kind.noun() + " object, found "
                    + describe(node)));
            return;
        }
        List<Problem> problems = new ArrayList<>();
        TreeSet<String> unknown = new TreeSet<>();
        original.fieldNames().forEachRemaining(key -> {
            if (!kind.jsonKeys().contains(key)) {
                unknown.add(key);
            }
        });
        if (!unknown.isEmpty()) {
            problems.add(Problem.warning(file, line, 0, "not imported: " + String.join(", ", unknown) + " ("
                    + (unknown.size() == 1 ? "a key" : "keys") + " " + kind.aNoun() + " does not have)"));
        }
        ObjectNode object = original;
        boolean pending = original.get("id") == null || original.get("id").isNull();
        if (pending) {
            object = original.deepCopy();
            object.put("id", PENDING_ID);
        }
        T record = kind.fromJson(json, object, file, line, lineText, problems).orElse(null);
        collector.row(line, record == null || !pending ? record : kind.withId(record, null), problems);
    }

    private static String describe(JsonNode node) {
        return node.isArray() ? "a list" : node.isNull() ? "null" : node.getNodeType().name().toLowerCase() + " " + node;
    }


    private static int column(JsonLocation location) {
        return location == null ? 0 : Math.max(1, location.getColumnNr());
    }

    private static String firstLine(JsonProcessingException e) {
        return e.getOriginalMessage().lines().findFirst().orElse("");
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
