package dev.promptsmith.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** How one kind of JSONL record (example, test case) maps to and from a JSON object. */
interface JsonlCodec<T> {

    String id(T value);

    /** The record of a line, or empty when the line cannot be used (problems go to {@code read}). */
    Optional<T> read(ObjectNode object, JsonRead read);

    /**
     * Merges a value into the object it was read from, keeping unknown keys and key order.
     *
     * @param original the object from disk, or null for a new record
     * @param baseline the value read from {@code original}, or null for a new record
     */
    ObjectNode write(ObjectNode original, T baseline, T value);
}
