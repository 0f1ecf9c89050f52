package dev.promptsmith.store;

import static dev.promptsmith.store.StoreFixtures.failed;
import static dev.promptsmith.store.StoreFixtures.passing;
import static dev.promptsmith.store.StoreFixtures.prompt;
import static dev.promptsmith.store.StoreFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.provider.Usage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsStoreTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");

    @TempDir
    Path project;

    private ResultsStore store;
    private final PromptVariant prompt = prompt("triage");
    private final String hash = PromptVersions.hash(prompt);

    @BeforeEach
    void open() {
        store = ResultsStore.open(project, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theDatabaseLivesInThePromptsmithFolderOfTheProject() {
        assertThat(store.file()).isEqualTo(project.resolve(".promptsmith/results.db")).exists();
    }

    @Test
    void aRunIsListedWithItsStatusTimesAndCounts() {
        long id = store.startRun(spec(prompt, List.of("t1", "t2"), 1));
        store.recordCell(id, passing(key("t1", "gpt")));
        store.recordCell(id, passing(key("t1", "claude")));
        store.recordCell(id, failed(key("t2", "gpt")));

        assertThat(store.runs()).containsExactly(new RunSummary(id, NOW, null, RunStatus.RUNNING, 3, 2, 1));

        store.finishRun(id, RunStatus.CANCELLED);
        assertThat(store.runs().get(0).status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(store.runs().get(0).finishedAt()).isEqualTo(NOW);
    }

    @Test
    void runsAreListedNewestFirstAndAnEmptyRunCountsZero() {
        long first = store.startRun(spec(prompt, List.of("t1"), 1));
        long second = store.startRun(spec(prompt, List.of("t1"), 1));

        assertThat(store.runs()).extracting(RunSummary::id).containsExactly(second, first);
        assertThat(store.runs()).extracting(RunSummary::cellCount).containsExactly(0, 0);
    }

    @Test
    void aCellReadsBackWithEveryField() {
        long id = store.startRun(spec(prompt, List.of("t1"), 1));
        StoredCell cell = passing(key("t1", "gpt"));
        store.recordCell(id, cell);

        try (Stream<StoredCell> cells = store.cells(id)) {
            StoredCell read = cells.findFirst().orElseThrow();
            assertThat(read).isEqualTo(cell.withCreatedAt(NOW));
            assertThat(read.costUsd()).isEqualByComparingTo("0.00012345").hasToString("0.000123450");
        }
    }

    @Test
    void unknownCostAndMissingTimingsStayUnknown() {
        long id = store.startRun(spec(prompt, List.of("t1"), 1));
        StoredCell cell = new StoredCell(key("t1", "gpt"), null, "TEMPLATE", "Undefined variable ticket", null, null,
                null, null, false, false, 0.0, null, Instant.parse("2025-01-01T00:00:00Z"));
        store.recordCell(id, cell);

        try (Stream<StoredCell> cells = store.cells(id)) {
            StoredCell read = cells.findFirst().orElseThrow();
            assertThat(read.costUsd()).isNull();
            assertThat(read.latencyMs()).isNull();
            assertThat(read.ttftMs()).isNull();
            assertThat(read.output()).isNull();
            assertThat(read.usage()).isEqualTo(Usage.NONE);
            assertThat(read.createdAt()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        }
    }

    @Test
    void recordingACellAgainReplacesTheEarlierResult() {
        long id = store.startRun(spec(prompt, List.of("t1"), 1));
        store.recordCell(id, failed(key("t1", "gpt")));
        store.recordCell(id, passing(key("t1", "gpt")));

        try (Stream<StoredCell> cells = store.cells(id)) {
            assertThat(cells.toList()).singleElement().satisfies(c -> assertThat(c.ok()).isTrue());
        }
    }

    @Test
    void cellsStreamInRecordingOrderAndOnlyForTheirRun() {
        long id = store.startRun(spec(prompt, List.of("t1", "t2"), 1));
        long other = store.startRun(spec(prompt, List.of("t1"), 1));
        store.recordCell(id, passing(key("t2", "gpt")));
        store.recordCell(other, passing(key("t1", "gpt")));
        store.recordCell(id, passing(key("t1", "claude")));

        try (Stream<StoredCell> cells = store.cells(id)) {
            assertThat(cells.map(StoredCell::key)).containsExactly(key("t2", "gpt"), key("t1", "claude"));
        }
    }

    @Test
    void writesGoOnWhileACallerIteratesCells() {
        long id = store.startRun(spec(prompt, List.of("t1", "t2", "t3"), 1));
        store.recordCell(id, passing(key("t1", "gpt")));
        store.recordCell(id, passing(key("t2", "gpt")));

        try (Stream<StoredCell> cells = store.cells(id)) {
            // The stream reads a snapshot on its own connection, so the writer is never blocked by it.
            List<StoredCellKey> seen = cells.peek(c -> store.recordCell(id, passing(key("t3", c.key().testId()))))
                    .map(StoredCell::key).toList();
            assertThat(seen).containsExactly(key("t1", "gpt"), key("t2", "gpt"));
        }
        assertThat(store.runs().get(0).cellCount()).isEqualTo(4);
    }

    @Test
    void missingCellsAreThePlannedKeysNotYetStoredInPlanOrder() {
        RunSpec spec = spec(prompt, List.of("t1", "t2"), 2);
        long id = store.startRun(spec);
        List<StoredCellKey> planned = spec.cellKeys();
        store.recordCell(id, passing(planned.get(0)));
        store.recordCell(id, failed(planned.get(5)));

        List<StoredCellKey> missing = store.missingCells(id, planned);

        assertThat(planned).hasSize(8);
        assertThat(missing).hasSize(6).doesNotContain(planned.get(0), planned.get(5));
        assertThat(missing).isSubsetOf(planned).isSortedAccordingTo(
                (a, b) -> Integer.compare(planned.indexOf(a), planned.indexOf(b)));
    }

    @Test
    void theRunPlanReadsBackWithItsPromptVersions() {
        RunSpec spec = spec(prompt, List.of("t1", "t2"), 3);
        long id = store.startRun(spec);

        assertThat(store.runSpec(id)).contains(spec);
        assertThat(store.runSpec(id + 1)).isEmpty();
    }

    @Test
    void promptVersionsAreKeptByContentHashOnce() {
        store.startRun(spec(prompt, List.of("t1"), 1));
        PromptVariant edited = prompt.withSystem("You triage support tickets. Be brief.");

        String editedHash = store.savePromptVersion(edited);

        assertThat(store.savePromptVersion(prompt)).isEqualTo(hash);
        assertThat(editedHash).isNotEqualTo(hash).isEqualTo(PromptVersions.hash(edited));
        assertThat(store.promptVersion(hash)).contains(prompt);
        assertThat(store.promptVersion(editedHash)).contains(edited);
        assertThat(store.promptVersion("0".repeat(64))).isEmpty();
    }

    @Test
    void aCellOfAnUnknownRunOrPromptVersionIsRefusedNamingTheFile() {
        long id = store.startRun(spec(prompt, List.of("t1"), 1));

        // Cells are committed by the store's writer: a refused one is reported by the next flush (or
        // record), once, and the store goes on working.
        store.recordCell(id + 1, passing(key("t1", "gpt")));
        assertThatThrownBy(store::flush)
                .isInstanceOf(StoreException.class).hasMessageContaining("results.db").hasMessageContaining("FOREIGN KEY");
        store.recordCell(id, passing(new StoredCellKey("t1", "unknown", "gpt", 0)));
        assertThatThrownBy(store::flush).isInstanceOf(StoreException.class).hasMessageContaining("FOREIGN KEY");

        store.recordCell(id, passing(key("t2", "gpt")));
        assertThat(store.runs().get(0).cellCount()).isEqualTo(1);
    }

    @Test
    void finishingNeedsAFinalStatusAndAnExistingRun() {
        long id = store.startRun(spec(prompt, List.of("t1"), 1));

        assertThatThrownBy(() -> store.finishRun(id, RunStatus.RUNNING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.finishRun(id + 1, RunStatus.FINISHED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no run " + (id + 1));
    }

    @Test
    void everythingIsThereAfterReopening() {
        long id = store.startRun(spec(prompt, List.of("t1"), 1));
        store.recordCell(id, passing(key("t1", "gpt")));
        store.finishRun(id, RunStatus.FINISHED);
        store.close();

        store = ResultsStore.open(project);

        assertThat(store.runs()).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
            assertThat(run.passCount()).isEqualTo(1);
        });
        assertThat(store.promptVersion(hash)).contains(prompt);
    }

    @Test
    void aClosedStoreSaysSo() {
        store.close();

        assertThatThrownBy(() -> store.runs()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void costKeepsEveryDigit() {
        long id = store.startRun(spec(prompt, List.of("t1"), 1));
        StoredCell cell = passing(key("t1", "gpt"));
        BigDecimal tiny = new BigDecimal("0.0000000012345678901234567890");
        store.recordCell(id, new StoredCell(cell.key(), cell.output(), null, null, 1L, 1L, cell.usage(), tiny, true,
                true, 0.5, cell.assertions(), NOW));

        try (Stream<StoredCell> cells = store.cells(id)) {
            StoredCell read = cells.findFirst().orElseThrow();
            assertThat(read.costUsd()).isEqualTo(tiny);
            assertThat(read.cacheHit()).isTrue();
            assertThat(read.score()).isEqualTo(0.5);
        }
    }

    private StoredCellKey key(String testId, String modelId) {
        return new StoredCellKey(testId, hash, modelId, 0);
    }
}
