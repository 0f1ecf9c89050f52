package dev.promptsmith.ui.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Shows a plain JSON value (a test's variable or expected output) as a person would write it. */
public final class ValueText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ValueText() {
    }

    /** Strings as they are; numbers, booleans, lists and maps as compact JSON; null as empty. */
    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
