package dev.promptsmith.model;

/**
 * One check on a model output, e.g. {@code {type: contains, value: "refund"}}.
 *
 * @param value the assertion's argument: a string, number, list or map, or null
 * @param weight relative weight in the test's score; null means 1
 * @param threshold minimum score for scored assertions; null means the assertion's own default
 */
public record Assertion(String type, Object value, Double weight, Double threshold) {
}
