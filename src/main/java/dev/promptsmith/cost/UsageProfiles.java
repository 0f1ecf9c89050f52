package dev.promptsmith.cost;

import dev.promptsmith.eval.metrics.ScoredCell;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.store.StoredCell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds one {@link UsageProfile} per column from a run's cells, in the order the columns first appear. */
public final class UsageProfiles {

    private UsageProfiles() {
    }

    /** From stored cells, with their full usage (cache reads and writes, reasoning). */
    public static List<UsageProfile> fromStored(Iterable<StoredCell> cells, Function<StoredCell, ColumnRef> columnOf) {
        Map<ColumnRef, Tally> tallies = new LinkedHashMap<>();
        for (StoredCell cell : cells) {
            Tally tally = tallies.computeIfAbsent(columnOf.apply(cell), Tally::new);
            Usage usage = cell.usage();
            if (!cell.ok() || usage.inputTokens() + usage.outputTokens() <= 0) {
                tally.skipped++;
                continue;
            }
            tally.add(usage.inputTokens(), usage.outputTokens(), usage.cacheReadTokens(), usage.cacheWriteTokens(),
                    usage.reasoningTokens(), cell.latencyMs() == null ? 0 : cell.latencyMs(), usage.estimated());
        }
        return profiles(tallies);
    }

    /**
     * From scored cells, which carry input and output tokens only: the profiles have no cache reads
     * or reasoning, so a model with cached-input prices is priced as if nothing was cached.
     */
    public static List<UsageProfile> fromScored(List<ScoredCell> cells, Function<String, ColumnRef> columnById) {
        Map<ColumnRef, Tally> tallies = new LinkedHashMap<>();
        for (ScoredCell cell : cells) {
            Tally tally = tallies.computeIfAbsent(columnById.apply(cell.columnId()), Tally::new);
            if (cell.error() || cell.inputTokens() + cell.outputTokens() <= 0) {
                tally.skipped++;
                continue;
            }
            tally.add(cell.inputTokens(), cell.outputTokens(), 0, 0, 0, cell.latencyMs(), false);
        }
        return profiles(tallies);
    }

    private static List<UsageProfile> profiles(Map<ColumnRef, Tally> tallies) {
        List<UsageProfile> profiles = new ArrayList<>();
        tallies.values().forEach(t -> profiles.add(t.profile()));
        return List.copyOf(profiles);
    }

    /** Running totals of one column. */
    private static final class Tally {
        private final ColumnRef column;
        private int calls;
        private int skipped;
        private long input;
        private long output;
        private long cacheRead;
        private long cacheWrite;
        private long reasoning;
        private long latency;
        private boolean estimated;

        Tally(ColumnRef column) {
            this.column = column;
        }

        void add(long in, long out, long read, long write, long thinking, long ms, boolean guessed) {
            calls++;
            input += Math.max(0, in);
            output += Math.max(0, out);
            cacheRead += Math.max(0, read);
            cacheWrite += Math.max(0, write);
            reasoning += Math.max(0, thinking);
            latency += Math.max(0, ms);
            estimated |= guessed;
        }

        UsageProfile profile() {
            return new UsageProfile(column, calls, skipped, input, output, cacheRead, cacheWrite, reasoning, latency,
                    estimated);
        }
    }
}
