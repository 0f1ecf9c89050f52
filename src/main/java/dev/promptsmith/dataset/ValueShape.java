package dev.promptsmith.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How the text after an assertion type in a CSV cell becomes the assertion's value, and back. */
enum ValueShape {

    /** The text itself; nothing means the test's expected output. */
    TEXT {
        @Override
        Object read(String text, ObjectMapper json) {
            return text.isEmpty() ? null : text;
        }

        @Override
        Optional<String> write(Object value, ObjectMapper json) {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                return Optional.of(value.toString());
            }
            return value == null ? Optional.of("") : Optional.empty();
        }
    },
    /** Comma-separated texts, as promptfoo reads contains-any and contains-all. */
    LIST {
        @Override
        Object read(String text, ObjectMapper json) {
            List<String> items = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return items.isEmpty() ? null : items;
        }

        @Override
        Optional<String> write(Object value, ObjectMapper json) {
            if (value instanceof String s && !s.contains(",")) {
                return Optional.of(s);
            }
            if (value instanceof List<?> list && list.stream().allMatch(i -> i instanceof String s && !s.contains(","))) {
                return Optional.of(String.join(", ", list.stream().map(String.class::cast).toList()));
            }
            return Optional.empty();
        }
    },
    /** A JSON object or list when the text is one (a schema, expected fields), else the text. */
    JSON_OR_TEXT {
        @Override
        Object read(String text, ObjectMapper json) {
            if (text.isEmpty()) {
                return null;
            }
            return parseJson(text, json).orElse(text);
        }

        @Override
        Optional<String> write(Object value, ObjectMapper json) {
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                return writeJson(value, json);
            }
            return TEXT.write(value, json);
        }
    },
    /** A number, or a JSON object of bounds such as {@code {"min": 10, "max": 80}}. */
    NUMBER_OR_JSON {
        @Override
        Object read(String text, ObjectMapper json) {
            if (text.isEmpty()) {
                return null;
            }
            Optional<Object> parsed = parseJson(text, json);
            if (parsed.isPresent()) {
                return parsed.get();
            }
            try {
                return json.readValue(text, Number.class);
            } catch (JsonProcessingException e) {
                return text;
            }
        }

        @Override
        Optional<String> write(Object value, ObjectMapper json) {
            return value instanceof Map<?, ?> ? writeJson(value, json) : TEXT.write(value, json);
        }
    };

    /** The value for the text after {@code type:} (already stripped); null when there is none. */
    abstract Object read(String text, ObjectMapper json);

    /** The cell text for a value, or empty when a cell cannot hold it. */
    abstract Optional<String> write(Object value, ObjectMapper json);

    private static Optional<Object> parseJson(String text, ObjectMapper json) {
        if (!(text.startsWith("{") || text.startsWith("["))) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(text, Object.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> writeJson(Object value, ObjectMapper json) {
        try {
            return Optional.of(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
