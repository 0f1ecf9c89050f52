package dev.promptsmith.store;

import java.time.Instant;

/**
 * One run in the history list.
 *
 * @param finishedAt null while running (or when the process died before finishing it)
 * @param cellCount cells stored so far
 * @param errorCount cells whose call or render failed
 */
public record RunSummary(long id, Instant startedAt, Instant finishedAt, RunStatus status, int cellCount,
                         int passCount, int errorCount) {
}
