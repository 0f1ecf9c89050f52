package dev.promptsmith.store;

import static dev.promptsmith.store.StoreFixtures.passing;
import static dev.promptsmith.store.StoreFixtures.prompt;
import static dev.promptsmith.store.StoreFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOpeningTest {

    @TempDir
    Path project;

    @Test
    void theFileIsInWalModeWithNormalSyncForeignKeysAndTheLatestSchemaVersion() {
        try (SqliteDatabase db = SqliteDatabase.open(ResultsStore.fileOf(project), ResultsSchema.MIGRATIONS,
                Clock.systemUTC())) {
            assertThat(value(db, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(value(db, "PRAGMA synchronous")).isEqualTo("1");
            assertThat(value(db, "PRAGMA foreign_keys")).isEqualTo("1");
            assertThat(value(db, "SELECT max(version) FROM schema_version")).isEqualTo("2");
        }
    }

    @Test
    void aVersionOneFileGainsTheReviewsTableAndKeepsItsRuns() throws Exception {
        try (SqliteDatabase db = SqliteDatabase.open(ResultsStore.fileOf(project), ResultsSchema.MIGRATIONS.subList(0, 1),
                Clock.systemUTC())) {
            assertThat(value(db, "SELECT max(version) FROM schema_version")).isEqualTo("1");
        }
        execute(ResultsStore.fileOf(project), "INSERT INTO runs (started_at, status, plan) VALUES (0, 'finished', '{}')");

        ResultsStore.open(project).close();

        assertThat(query(ResultsStore.fileOf(project), "SELECT max(version) FROM schema_version")).isEqualTo("2");
        assertThat(query(ResultsStore.fileOf(project), "SELECT count(*) FROM reviews")).isEqualTo("0");
        assertThat(query(ResultsStore.fileOf(project), "SELECT count(*) FROM runs")).isEqualTo("1");
    }

    @Test
    void reopeningDoesNotMigrateAgain() throws Exception {
        ResultsStore.open(project).close();
        ResultsStore.open(project).close();

        assertThat(query(ResultsStore.fileOf(project), "SELECT count(*) FROM schema_version")).isEqualTo("2");
    }

    @Test
    void aProjectFolderWithSpacesAndAccentsWorks() {
        Path folder = project.resolve("Mes prompts (é) #1");
        try (ResultsStore store = ResultsStore.open(folder)) {
            long id = store.startRun(spec(prompt("triage"), List.of("t1"), 1));
            try (Stream<StoredCell> cells = store.cells(id)) {
                assertThat(cells).isEmpty();
            }
            assertThat(store.file()).isEqualTo(folder.resolve(".promptsmith/results.db")).exists();
        }
    }

    @Test
    void aFileFromANewerSchemaIsRefusedNamingTheFileAndBothVersions() throws Exception {
        try (ResultsStore store = ResultsStore.open(project)) {
            store.startRun(spec(prompt("triage"), List.of("t1"), 1));
        }
        Path file = ResultsStore.fileOf(project);
        execute(file, "INSERT INTO schema_version (version, applied_at) VALUES (7, 0)");

        assertThatThrownBy(() -> ResultsStore.open(project))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StoreException.Reason.NEWER_SCHEMA);
                    assertThat(e.file()).isEqualTo(file);
                })
                .hasMessageContaining(file.toString()).hasMessageContaining("schema version 7")
                .hasMessageContaining("up to 2");
        assertThat(query(file, "SELECT count(*) FROM runs")).isEqualTo("1");
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsCorruptAndLeftAsItWas() throws Exception {
        Path file = ResultsStore.fileOf(project);
        Files.createDirectories(file.getParent());
        byte[] garbage = "this is not a database, just a note someone saved here\n".repeat(200)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, garbage);

        assertThatThrownBy(() -> ResultsStore.open(project))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CORRUPT))
                .hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void damagedPagesAreReportedAsCorruptWhenRead() throws Exception {
        long runId;
        try (ResultsStore store = ResultsStore.open(project)) {
            runId = store.startRun(spec(prompt("triage"), List.of("t1"), 1));
            String hash = PromptVersions.hash(prompt("triage"));
            for (int i = 0; i < 500; i++) {
                store.recordCell(runId, passing(new StoredCellKey("t" + i, hash, "gpt", 0)));
            }
        }
        Path file = ResultsStore.fileOf(project);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            // Leave page 1 (header and schema) intact, scramble the pages holding the cells.
            raw.seek(4096 * 4);
            raw.write(new byte[4096 * 20]);
        }

        try (ResultsStore store = ResultsStore.open(project)) {
            assertThatThrownBy(() -> countCells(store, runId))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CORRUPT))
                    .hasMessageContaining(file.toString());
        }
    }

    @Test
    void aDamagedFileMovedAsideKeepsItsBytesAndAFreshStoreOpens() throws Exception {
        Path file = ResultsStore.fileOf(project);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "not a database".repeat(100));
        Files.writeString(file.resolveSibling("results.db-wal"), "recent commits");
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:15:30Z"), ZoneOffset.UTC);

        Path moved = DatabaseFiles.moveAside(file, clock);

        assertThat(moved).hasFileName("results.db.broken-20250301-101530").hasContent("not a database".repeat(100));
        assertThat(moved.resolveSibling("results.db.broken-20250301-101530-wal")).hasContent("recent commits");
        assertThat(file).doesNotExist();
        assertThat(DatabaseFiles.moveAside(writeAgain(file), clock)).hasFileName("results.db.broken-20250301-101530-2");
        try (ResultsStore store = ResultsStore.open(project)) {
            assertThat(store.runs()).isEmpty();
        }
    }

    private static long countCells(ResultsStore store, long runId) {
        try (Stream<StoredCell> cells = store.cells(runId)) {
            return cells.count();
        }
    }

    private static String value(SqliteDatabase db, String sql) {
        return db.call("check", connection -> text(connection, sql));
    }

    private static Path writeAgain(Path file) throws Exception {
        return Files.writeString(file, "broken again");
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static String query(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return text(connection, sql);
        }
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
