package dev.promptsmith.eval.assertion;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How to pull the final answer out of an output before scoring, e.g. the text of the last
 * {@code <label>} tag of a chain-of-thought reply.
 *
 * @param value the tag name, the regex or the JSON path; unused for {@link Type#LAST_LINE}
 */
public record Extraction(Type type, String value) {

    /** The ways to extract, with the names used in project files. */
    public enum Type {
        /** The last line that is not blank. */
        LAST_LINE("last-line"),
        /** The last match of a regex: its group named {@code answer}, else group 1, else the whole match. */
        REGEX("regex"),
        /** The text inside the last {@code <tag>…</tag>}. */
        XML_TAG("xml"),
        /** The value at a JSON path of the output's JSON (see the json-path assertion for the syntax). */
        JSON_PATH("json-path");

        private final String key;

        Type(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Type> fromKey(String key) {
            return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
        }
    }

    public Extraction {
        Objects.requireNonNull(type, "type");
        if (type != Type.LAST_LINE && (value == null || value.isBlank())) {
            throw new IllegalArgumentException(type.key() + " extraction needs a value");
        }
    }

    public static Extraction lastLine() {
        return new Extraction(Type.LAST_LINE, null);
    }

    public static Extraction regex(String regex) {
        return new Extraction(Type.REGEX, regex);
    }

    public static Extraction xmlTag(String tag) {
        return new Extraction(Type.XML_TAG, tag);
    }

    public static Extraction jsonPath(String path) {
        return new Extraction(Type.JSON_PATH, path);
    }
}
