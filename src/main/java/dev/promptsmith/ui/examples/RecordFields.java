package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.RecordKind;
import dev.promptsmith.model.Split;
import java.util.List;
import java.util.Map;

/**
 * What the table, its form and its filters need to know about one kind of record (few-shot examples or
 * test cases), so one view model serves both. Plain Java: the filters call it off the FX thread.
 */
interface RecordFields<T> {

    RecordKind<T> kind();

    String id(T value);

    Map<String, Object> vars(T value);

    /** An example's output or a test case's expected output: text, or a JSON value for an expected object. */
    Object outcome(T value);

    List<String> tags(T value);

    String note(T value);

    /** Whether the records have a split (test cases do, examples do not). */
    boolean hasSplit();

    /** The record's split; {@link Split#DEV} for records that have none. */
    Split split(T value);

    /** "Expected" or "Output", as the form and the table head it. */
    String outcomeLabel();

    /**
     * Whether the outcome is always text. An example's output is text even when it holds JSON; a test
     * case's expected output may be a JSON value (an object for extraction tasks).
     */
    boolean outcomeIsText();

    /** The record with these fields; what the form does not edit (a test case's assertions) comes from {@code original}. */
    T build(T original, String id, Map<String, Object> vars, Object outcome, List<String> tags, Split split, String note);

    /** A new, empty record. */
    T blank(String id);

    default T withId(T value, String id) {
        return build(value, id, vars(value), outcome(value), tags(value), split(value), note(value));
    }

    default T withTags(T value, List<String> tags) {
        return build(value, id(value), vars(value), outcome(value), tags, split(value), note(value));
    }

    default T withSplit(T value, Split split) {
        return build(value, id(value), vars(value), outcome(value), tags(value), split, note(value));
    }

    /** One line about what the form does not edit, e.g. "2 assertions, kept as they are"; empty for none. */
    default String untouchedFields(T value) {
        return "";
    }
}
