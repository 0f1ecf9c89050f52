package dev.promptsmith.eval.metrics;

import java.util.List;

/**
 * Latency percentiles of a column's answered calls, by the nearest-rank method ({@link Percentiles}).
 * Errored cells are left out: a template error made no call (0 ms) and a timeout measures the
 * limit, not the model, so either would distort "how fast is this model"; they are counted apart.
 *
 * @param samples the number of latencies the percentiles come from; 0 leaves p50 and p95 at 0
 */
public record LatencyStats(int samples, long p50Ms, long p95Ms) {

    public static final LatencyStats NONE = new LatencyStats(0, 0, 0);

    public boolean known() {
        return samples > 0;
    }

    static LatencyStats of(List<ScoredCell> cells) {
        long[] latencies = cells.stream().filter(c -> !c.error()).mapToLong(ScoredCell::latencyMs).toArray();
        if (latencies.length == 0) {
            return NONE;
        }
        return new LatencyStats(latencies.length, Percentiles.nearestRank(latencies, 50),
                Percentiles.nearestRank(latencies, 95));
    }
}
