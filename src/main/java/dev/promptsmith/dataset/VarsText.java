package dev.promptsmith.dataset;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The input of an example or test case as one text: its variable values in name order, one per line.
 * Names are left out so that two inputs are compared on what the model reads, not on shared keys.
 */
final class VarsText {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private VarsText() {
    }

    static String render(Map<String, Object> vars) {
        return new TreeMap<>(vars).values().stream().map(VarsText::value).collect(Collectors.joining("\n"));
    }

    /** Case and runs of whitespace do not count: {@code "Hello  World\n"} and {@code "hello world"} are one text. */
    static String normalize(String text) {
        return SPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String value(Object value) {
        if (value instanceof Map<?, ?> map) {
            return new TreeMap<>(map.entrySet().stream().collect(Collectors.toMap(e -> String.valueOf(e.getKey()),
                    e -> value(e.getValue())))).entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(VarsText::value).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }
}
