package dev.promptsmith.ui.examples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;

/** Values as the form edits them: text as it is, any other JSON value as indented JSON; and back. */
final class JsonText {

    /** A value shown in a text field, and whether the text is JSON. */
    record Shown(String text, boolean json) {
    }

    private final Supplier<ObjectMapper> mapper;

    /** @param mapper asked only when a value is not plain text, so Jackson loads on first need */
    JsonText(Supplier<ObjectMapper> mapper) {
        this.mapper = mapper;
    }

    Shown show(Object value) {
        if (value == null) {
            return new Shown("", false);
        }
        if (value instanceof String text) {
            return new Shown(text, false);
        }
        try {
            return new Shown(mapper.get().writerWithDefaultPrettyPrinter().writeValueAsString(value), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record's value is always plain JSON: " + value, e);
        }
    }

    /** The JSON value of {@code text}; strings, numbers, booleans, lists, maps, or null. */
    Object parse(String text) throws InvalidDraft {
        try {
            return mapper.get().readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new InvalidDraft(where + e.getOriginalMessage());
        }
    }
}
