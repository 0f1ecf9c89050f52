package dev.promptsmith.export.report;

import dev.promptsmith.store.AssertionOutcome;
import dev.promptsmith.store.StoredCell;
import java.util.stream.Collectors;

/**
 * One cell as the reports show it, read back from the results store.
 *
 * @param error the error kind and message, or null when the call succeeded
 * @param reasons the failed assertions' reasons, joined; or the error
 */
public record ReportCell(String test, String column, String prompt, String model, int repeat, boolean pass,
                         double score, String error, String output, Long latencyMs, Integer inputTokens,
                         Integer outputTokens, boolean cacheHit, String reasons) {

    /** {@code column} and {@code prompt} are resolved by the caller from the cell's prompt hash. */
    public static ReportCell of(StoredCell cell, String column, String prompt) {
        String error = cell.ok() ? null : cell.errorMessage();
        String reasons = !cell.ok() ? String.valueOf(cell.errorMessage())
                : cell.assertions().stream().filter(a -> !a.pass()).map(AssertionOutcome::reason)
                        .collect(Collectors.joining("; "));
        return new ReportCell(cell.key().testId(), column, prompt, cell.key().modelId(), cell.key().repeat(),
                cell.ok() && cell.pass(), cell.score(), error, cell.output() == null ? "" : cell.output(),
                cell.latencyMs(), cell.usage().inputTokens(), cell.usage().outputTokens(), cell.cacheHit(), reasons);
    }

    /** Whether the call itself failed (no score), as opposed to an answer that failed its checks. */
    public boolean isError() {
        return error != null;
    }
}
