package dev.promptsmith.cost.advice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One test case in one column, its repeats folded by the majority rule the metrics use (2 of 3
 * passes is a pass, 1 of 2 is not), with what made its failing repeats fail.
 *
 * @param failures each assertion type that failed in a failing repeat ({@code extract} when no answer
 *                 could be extracted), with the first reason its check gave ("" when none)
 */
public record CaseResult(String testId, String columnId, int repeats, int passedRepeats, int errorRepeats,
        Map<String, String> failures) {

    public CaseResult {
        failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    public boolean passed() {
        return 2 * passedRepeats > repeats;
    }

    public Set<String> failedTypes() {
        return failures.keySet();
    }

    /** The reason the check of {@code type} gave, or "". */
    public String reason(String type) {
        return failures.getOrDefault(type, "");
    }

    /** Failed, and only because calls failed: says nothing about the answers. */
    public boolean failedByErrorsOnly() {
        return !passed() && failures.isEmpty() && errorRepeats > 0;
    }
}
