package dev.promptsmith.cost.advice;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One test case in one column, its repeats folded by the majority rule the metrics use (2 of 3
 * passes is a pass, 1 of 2 is not), with what made its failing repeats fail.
 *
 * @param failedTypes the assertion types that failed in its failing repeats ({@code extract} when no
 *                    answer could be extracted)
 * @param reasons     their reasons, as the checks gave them, without repeats
 */
public record CaseResult(String testId, String columnId, int repeats, int passedRepeats, int errorRepeats,
        Set<String> failedTypes, List<String> reasons) {

    public CaseResult {
        failedTypes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(failedTypes));
        reasons = List.copyOf(reasons);
    }

    public boolean passed() {
        return 2 * passedRepeats > repeats;
    }

    /** Failed, and only because calls failed: says nothing about the answers. */
    public boolean failedByErrorsOnly() {
        return !passed() && failedTypes.isEmpty() && errorRepeats > 0;
    }
}
