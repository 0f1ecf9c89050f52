package dev.promptsmith.store;

import dev.promptsmith.provider.Usage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One finished cell of a run as stored: the output or error, timing, usage, cost and grading.
 *
 * @param output the text, or the partial text received before an error; null when nothing came
 * @param errorKind null on success; a {@code ProviderError.Kind} name, or another kind such as {@code TEMPLATE}
 * @param latencyMs whole-call time, or null when no call was made
 * @param ttftMs time to the first token, or null when not streamed
 * @param costUsd null when the model has no price: unknown, never zero
 * @param createdAt null lets the store stamp the time of recording
 */
public record StoredCell(StoredCellKey key, String output, String errorKind, String errorMessage, Long latencyMs,
                         Long ttftMs, Usage usage, BigDecimal costUsd, boolean cacheHit, boolean pass, double score,
                         List<AssertionOutcome> assertions, Instant createdAt) {

    public StoredCell {
        Objects.requireNonNull(key, "key");
        usage = usage == null ? Usage.NONE : usage;
        assertions = assertions == null ? List.of() : List.copyOf(assertions);
    }

    public boolean ok() {
        return errorKind == null;
    }

    StoredCell withCreatedAt(Instant value) {
        return new StoredCell(key, output, errorKind, errorMessage, latencyMs, ttftMs, usage, costUsd, cacheHit, pass,
                score, assertions, value);
    }
}
