package dev.promptsmith.model;

import java.util.List;

/**
 * How a prompt's final answer is pulled out of its output before scoring, so a chain-of-thought
 * reply is judged on its answer: {@code last-line}, {@code regex} (group {@code answer}, else 1),
 * {@code xml} (the last {@code <value>…</value>} tag) or {@code json-path}.
 *
 * @param value the regex, tag name or path; null for {@code last-line}
 */
public record AnswerExtraction(String type, String value) {

    /** The spellings project files may use for {@link #type}. */
    public static final List<String> TYPES = List.of("last-line", "regex", "xml", "json-path");
}
