package dev.promptsmith.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed reads of the values of one JSONL line. A wrong type is reported with the file line and the
 * column of the value; values are addressed by JSON pointer ("/vars", "/assert/0/type").
 */
final class JsonRead {

    private final ProblemLog log;
    private final JsonColumns columns;
    private final int line;
    private final String text;

    JsonRead(ProblemLog log, JsonColumns columns, int line, String text) {
        this.log = log;
        this.columns = columns;
        this.line = line;
        this.text = text;
    }

    /**
     * Finding the column costs a second scan of the line, so it is done only for a problem that is kept.
     * Without a line text (an object spread over several lines of a JSON file) the column is unknown.
     */
    void error(String pointer, String message) {
        if (!log.isDiscarding()) {
            log.error(line, text == null ? 0 : columns.columnOf(text, pointer), message);
        }
    }

    static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    Optional<String> text(JsonNode node, String pointer) {
        if (absent(node)) {
            return Optional.empty();
        }
        return node.isTextual() ? Optional.of(node.textValue()) : wrongType(node, pointer, "a string");
    }

    Optional<Double> number(JsonNode node, String pointer) {
        if (absent(node)) {
            return Optional.empty();
        }
        return node.isNumber() ? Optional.of(node.doubleValue()) : wrongType(node, pointer, "a number");
    }

    @SuppressWarnings("unchecked")
    Optional<Map<String, Object>> object(JsonNode node, String pointer) {
        if (absent(node)) {
            return Optional.empty();
        }
        return node.isObject()
                ? Optional.of((Map<String, Object>) JsonValues.toJava(node))
                : wrongType(node, pointer, "an object");
    }

    Optional<ArrayNode> array(JsonNode node, String pointer) {
        if (absent(node)) {
            return Optional.empty();
        }
        return node instanceof ArrayNode a ? Optional.of(a) : wrongType(node, pointer, "a list");
    }

    Optional<List<String>> strings(JsonNode node, String pointer) {
        Optional<ArrayNode> array = array(node, pointer);
        if (array.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.get().size(); i++) {
            text(array.get().get(i), pointer + "/" + i).ifPresent(out::add);
        }
        return Optional.of(out);
    }

    <E> Optional<E> choice(JsonNode node, String pointer, Function<String, Optional<E>> parse, List<String> keys) {
        Optional<String> key = text(node, pointer);
        Optional<E> value = key.flatMap(parse);
        if (key.isPresent() && value.isEmpty()) {
            error(pointer, JsonValues.displayPath(pointer) + " must be one of " + String.join(", ", keys)
                    + ", found '" + YamlNodes.shorten(key.get()) + "'");
        }
        return value;
    }

    /** A field's node, if the parent is an object. */
    static JsonNode field(JsonNode parent, String name) {
        return parent instanceof ObjectNode o ? o.get(name) : null;
    }

    private <T> Optional<T> wrongType(JsonNode node, String pointer, String expected) {
        error(pointer, JsonValues.displayPath(pointer) + " must be " + expected + ", found " + JsonValues.describe(node));
        return Optional.empty();
    }
}
