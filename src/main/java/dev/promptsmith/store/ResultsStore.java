package dev.promptsmith.store;

import dev.promptsmith.model.HumanReview;
import dev.promptsmith.model.PromptVariant;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A project's run history in {@code .promptsmith/results.db}: runs, their cells and the prompt
 * versions they used. Safe to call from many worker threads. Every cell is committed on its own,
 * so a killed process loses at most the calls still in flight.
 */
public final class ResultsStore implements AutoCloseable {

    private final SqliteDatabase db;
    private final Clock clock;
    private final GroupCommit<PendingCell> cellWriter;

    private ResultsStore(SqliteDatabase db, Clock clock, CommitThread commits) {
        this.db = db;
        this.clock = clock;
        this.cellWriter = new GroupCommit<>(db, "record cells", CellRows.INSERT,
                (insert, pending) -> CellRows.bind(insert, pending.runId(), pending.cell(), pending.assertionsJson()),
                commits);
    }

    /** A cell handed to the writer, with its assertions already written as JSON by the caller's thread. */
    private record PendingCell(long runId, StoredCell cell, String assertionsJson) {
    }

    /**
     * Opens (creating if needed) the results database of the project in {@code projectDir}.
     *
     * @throws StoreException naming the file when it is damaged ({@code CORRUPT}) or from a newer schema
     */
    public static ResultsStore open(Path projectDir) {
        return open(projectDir, Clock.systemUTC());
    }

    /** Opens the results database with {@code clock} stamping runs and cells. */
    public static ResultsStore open(Path projectDir, Clock clock) {
        return open(projectDir, clock, new CommitThread());
    }

    /** Opens the results database with its cells committed by {@code commits}, which the run's cache may share. */
    public static ResultsStore open(Path projectDir, CommitThread commits) {
        return open(projectDir, Clock.systemUTC(), commits);
    }

    private static ResultsStore open(Path projectDir, Clock clock, CommitThread commits) {
        return new ResultsStore(SqliteDatabase.open(fileOf(projectDir), ResultsSchema.MIGRATIONS, clock), clock, commits);
    }

    /** Where the results of the project in {@code projectDir} live. */
    public static Path fileOf(Path projectDir) {
        return projectDir.resolve(".promptsmith").resolve("results.db");
    }

    public Path file() {
        return db.file();
    }

    /** Records a new run as {@code running}, with its prompts' versions, and returns its id. */
    public long startRun(RunSpec spec) {
        String plan = PlanJson.write(spec);
        long now = clock.millis();
        return db.transaction("start a run", connection -> {
            for (PromptVariant prompt : spec.prompts()) {
                insertPromptVersion(connection, prompt, now);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO runs (started_at, status, plan) VALUES (?, 'running', ?)");
                 Statement lastId = connection.createStatement()) {
                insert.setLong(1, now);
                insert.setString(2, plan);
                insert.executeUpdate();
                try (ResultSet id = lastId.executeQuery("SELECT last_insert_rowid()")) {
                    id.next();
                    return id.getLong(1);
                }
            }
        });
    }

    /** Stores a prompt version if it is new and returns its hash. */
    public String savePromptVersion(PromptVariant prompt) {
        long now = clock.millis();
        return db.call("save a prompt version", connection -> insertPromptVersion(connection, prompt, now));
    }

    /** The prompt version with this hash, if stored. */
    public Optional<PromptVariant> promptVersion(String hash) {
        return db.call("read a prompt version", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT json FROM prompt_versions WHERE hash = ?")) {
                query.setString(1, hash);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(PromptVersions.parse(row.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Stores one finished cell. It is committed by the store's writer together with the cells that
     * finished meanwhile, within about one commit of this call, without making the caller wait;
     * every read of this store, {@link #flush()}, {@link #finishRun} and {@link #close()} see it.
     * Recording the same key again replaces the earlier result.
     *
     * @throws StoreException when an earlier commit failed (a full or broken disk)
     */
    public void recordCell(long runId, StoredCell cell) {
        StoredCell stamped = cell.createdAt() != null ? cell : cell.withCreatedAt(Instant.ofEpochMilli(clock.millis()));
        cellWriter.submit(new PendingCell(runId, stamped, CellRows.assertionsJson(stamped)));
    }

    /** Saves a person's review of {@code output} (an empty review removes it). */
    public void saveReview(ReviewKey key, String output, HumanReview review) {
        long now = clock.millis();
        db.call("save a review", connection -> {
            ReviewRows.save(connection, key, output, review, now);
            return null;
        });
    }

    /** Every review, by test: the material of preference (DPO) training data. */
    public List<StoredReview> reviews() {
        return db.call("read the reviews", ReviewRows::all);
    }

    /** The review of an output, if someone gave one. */
    public Optional<HumanReview> review(ReviewKey key) {
        return db.call("read a review", connection -> ReviewRows.find(connection, key));
    }

    /** One stored cell of a run. */
    public Optional<StoredCell> cell(long runId, StoredCellKey key) {
        try (Stream<StoredCell> cells = cells(runId)) {
            return cells.filter(c -> c.key().equals(key)).findFirst();
        }
    }

    /** Waits until every cell recorded so far is committed. */
    public void flush() {
        cellWriter.flush();
    }

    /** Marks a run finished, cancelled or failed. */
    public void finishRun(long runId, RunStatus status) {
        if (status == RunStatus.RUNNING) {
            throw new IllegalArgumentException("A run is finished with finished, cancelled or failed, not running");
        }
        flush();
        int updated = db.call("finish run " + runId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE runs SET status = ?, finished_at = ? WHERE id = ?")) {
                update.setString(1, status.key());
                update.setLong(2, clock.millis());
                update.setLong(3, runId);
                return update.executeUpdate();
            }
        });
        if (updated == 0) {
            throw new IllegalArgumentException("There is no run " + runId + " in " + file());
        }
    }

    /** Every run, newest first, with its cell counts. */
    public List<RunSummary> runs() {
        flush();
        return db.read("list runs", connection -> {
            List<RunSummary> runs = new ArrayList<>();
            try (Statement query = connection.createStatement();
                 ResultSet row = query.executeQuery("SELECT r.id, r.started_at, r.finished_at, r.status,"
                         + " count(c.id), coalesce(sum(c.pass), 0), coalesce(sum(c.error_kind IS NOT NULL), 0)"
                         + " FROM runs r LEFT JOIN cells c ON c.run_id = r.id GROUP BY r.id ORDER BY r.id DESC")) {
                while (row.next()) {
                    long finished = row.getLong(3);
                    Instant finishedAt = row.wasNull() ? null : Instant.ofEpochMilli(finished);
                    runs.add(new RunSummary(row.getLong(1), Instant.ofEpochMilli(row.getLong(2)), finishedAt,
                            RunStatus.fromKey(row.getString(4)), row.getInt(5), row.getInt(6), row.getInt(7)));
                }
            }
            return runs;
        });
    }

    /** The plan a run was started with, its prompts read back from their stored versions. */
    public Optional<RunSpec> runSpec(long runId) {
        Optional<String> json = db.call("read run " + runId, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT plan FROM runs WHERE id = ?")) {
                query.setLong(1, runId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
        return json.map(PlanJson::read).map(plan -> new RunSpec(
                plan.prompts().stream().map(ref -> promptVersion(ref.hash()).orElseThrow(() -> new IllegalStateException(
                        "Run " + runId + " refers to prompt version " + ref.hash() + ", which is not stored"))).toList(),
                plan.models(), plan.tests(), plan.repeats(), plan.options()));
    }

    /**
     * The run's cells in recording order, read lazily on a connection of their own.
     * Close the stream (try-with-resources) to release that connection.
     */
    public Stream<StoredCell> cells(long runId) {
        flush();
        return CellCursor.stream(file(), db.openReader("read the cells of run " + runId), runId);
    }

    /** The keys of {@code planned} that have no stored cell in the run yet, in the order given: what a resume still has to call. */
    public List<StoredCellKey> missingCells(long runId, Collection<StoredCellKey> planned) {
        flush();
        Set<StoredCellKey> stored = db.read("read the cells of run " + runId, connection -> storedKeys(connection, runId));
        return planned.stream().filter(key -> !stored.contains(key)).toList();
    }

    @Override
    public void close() {
        try {
            cellWriter.close();
        } finally {
            db.close();
        }
    }

    private static Set<StoredCellKey> storedKeys(Connection connection, long runId) throws SQLException {
        Set<StoredCellKey> keys = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT test_id, prompt_hash, model_id, repeat_index FROM cells WHERE run_id = ?")) {
            query.setLong(1, runId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    keys.add(new StoredCellKey(row.getString(1), row.getString(2), row.getString(3), row.getInt(4)));
                }
            }
        }
        return keys;
    }

    private static String insertPromptVersion(Connection connection, PromptVariant prompt, long now) throws SQLException {
        String json = PromptVersions.json(prompt);
        String hash = CanonicalJson.sha256(json);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO prompt_versions (hash, json, created_at) VALUES (?, ?, ?)")) {
            insert.setString(1, hash);
            insert.setString(2, json);
            insert.setLong(3, now);
            insert.executeUpdate();
        }
        return hash;
    }
}
