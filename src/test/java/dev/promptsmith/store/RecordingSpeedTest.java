package dev.promptsmith.store;

import static dev.promptsmith.store.StoreFixtures.passing;
import static dev.promptsmith.store.StoreFixtures.prompt;
import static dev.promptsmith.store.StoreFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cells are committed by one writer thread in groups: recording never waits on the disk, and a
 * flush confirms what was recorded. WAL with synchronous=NORMAL makes a commit a write to the log
 * without fsync.
 */
class RecordingSpeedTest {

    private static final int CELLS = 10_000;
    /** Generous for slow CI machines; a laptop does 10,000 commits in a fraction of this. */
    private static final long LIMIT_MS = 3_000;

    @TempDir
    Path project;

    private final String hash = PromptVersions.hash(prompt("triage"));

    @Test
    void tenThousandCellsRecordedOneByOneTakeWellUnderAFewSeconds() {
        try (ResultsStore store = ResultsStore.open(project)) {
            long runId = store.startRun(spec(prompt("triage"), List.of(), 1));
            warmUp(store);

            long start = System.nanoTime();
            for (int i = 0; i < CELLS; i++) {
                store.recordCell(runId, passing(key(i)));
            }
            store.flush();
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;

            System.out.printf("results.db: %,d cells, group commits, one thread: %d ms (%.1f µs per cell)%n",
                    CELLS, elapsedMs, elapsedMs * 1000.0 / CELLS);
            assertThat(elapsedMs).isLessThan(LIMIT_MS);
            assertThat(store.runs()).filteredOn(run -> run.id() == runId).singleElement()
                    .satisfies(run -> assertThat(run.cellCount()).isEqualTo(CELLS));
        }
    }

    @Test
    void eightWorkerThreadsRecordingAtOnceLoseNothing() throws Exception {
        int threads = 8;
        try (ResultsStore store = ResultsStore.open(project)) {
            long runId = store.startRun(spec(prompt("triage"), List.of(), 1));
            warmUp(store);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                long start = System.nanoTime();
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int lane = t;
                    done.add(pool.submit(() -> {
                        for (int i = lane; i < CELLS; i += threads) {
                            store.recordCell(runId, passing(key(i)));
                        }
                    }));
                }
                for (Future<?> lane : done) {
                    lane.get();
                }
                store.flush();
                long elapsedMs = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("results.db: %,d cells, group commits, %d threads: %d ms%n", CELLS, threads, elapsedMs);
                assertThat(elapsedMs).isLessThan(LIMIT_MS);
            } finally {
                pool.shutdown();
            }
            try (Stream<StoredCell> cells = store.cells(runId)) {
                assertThat(cells.map(StoredCell::key).distinct().count()).isEqualTo(CELLS);
            }
        }
    }

    @Test
    void aRecordedCellIsCommittedWhenAFlushReturns() throws Exception {
        try (ResultsStore store = ResultsStore.open(project)) {
            long runId = store.startRun(spec(prompt("triage"), List.of(), 1));
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + store.file())) {
                for (int i = 0; i < 3; i++) {
                    store.recordCell(runId, passing(key(i)));
                    store.flush();
                    // Another connection only sees committed data: no cell waits in an open transaction.
                    assertThat(count(other)).isEqualTo(i + 1);
                }
            }
        }
    }

    private void warmUp(ResultsStore store) {
        long warmRun = store.startRun(spec(prompt("triage"), List.of(), 1));
        for (int i = 0; i < 500; i++) {
            store.recordCell(warmRun, passing(key(i)));
        }
    }

    private StoredCellKey key(int i) {
        return new StoredCellKey("t" + i, hash, "gpt", 0);
    }

    private static int count(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM cells c JOIN runs r ON r.id = c.run_id"
                     + " WHERE r.id = (SELECT max(id) FROM runs)")) {
            row.next();
            return row.getInt(1);
        }
    }
}
