package dev.promptsmith.store;

import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.Usage;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Successful provider responses by {@link CacheKeys key}, in {@code .promptsmith/cache.db}: a file of
 * its own, apart from the results, so the cache can be cleared, or moved aside when damaged, without
 * touching run history. Safe to call from many worker threads.
 */
public final class ResponseCache implements AutoCloseable {

    private static final String SELECT = "SELECT text, finish_reason, latency_ms, ttft_ms, input_tokens, output_tokens,"
            + " cache_read_tokens, cache_write_tokens, reasoning_tokens, usage_estimated FROM responses WHERE key = ?";
    private static final String INSERT = "INSERT OR REPLACE INTO responses (key, text, finish_reason, latency_ms,"
            + " ttft_ms, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens,"
            + " usage_estimated, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final SqliteDatabase db;
    private final Clock clock;
    private final GroupCommit<PendingEntry> writer;
    private final SqliteReader reader;

    private ResponseCache(SqliteDatabase db, Clock clock, CommitThread commits) {
        this.db = db;
        this.clock = clock;
        this.writer = new GroupCommit<>(db, "write the response cache", INSERT, ResponseCache::bind, commits);
        this.reader = new SqliteReader(db);
    }

    /**
     * Opens (creating if needed) the response cache of the project in {@code projectDir}.
     *
     * @throws StoreException naming the file when it is damaged ({@code CORRUPT}) or from a newer schema
     */
    public static ResponseCache open(Path projectDir) {
        return open(projectDir, Clock.systemUTC());
    }

    public static ResponseCache open(Path projectDir, Clock clock) {
        return open(projectDir, clock, new CommitThread());
    }

    /** Opens the cache with its writes committed by {@code commits}, which the run's results store may share. */
    public static ResponseCache open(Path projectDir, CommitThread commits) {
        return open(projectDir, Clock.systemUTC(), commits);
    }

    private static ResponseCache open(Path projectDir, Clock clock, CommitThread commits) {
        return new ResponseCache(SqliteDatabase.open(fileOf(projectDir), CacheSchema.MIGRATIONS, clock), clock, commits);
    }

    public static Path fileOf(Path projectDir) {
        return projectDir.resolve(".promptsmith").resolve("cache.db");
    }

    public Path file() {
        return db.file();
    }

    /** The cached response for {@code key}, with its original usage and latency; puts not yet committed are not seen. */
    public Optional<ChatResponse> get(String key) {
        // On a reader of its own: a lookup never waits behind the writer's group commit (WAL lets both go on).
        return reader.prepared("read the response cache", SELECT, query -> {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Usage usage = new Usage(row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9),
                        row.getBoolean(10));
                return Optional.of(new ChatResponse(row.getString(1), usage, row.getString(2), millis(row, 3),
                        millis(row, 4), null));
            }
        });
    }

    /**
     * Caches a successful response; a failed one is not cached (the next run should try again).
     *
     * @return whether the response was stored
     */
    public boolean put(String key, ChatResponse response) {
        if (!response.ok() || response.text() == null) {
            return false;
        }
        writer.submit(new PendingEntry(key, response, clock.millis()));
        return true;
    }

    /** Waits until every entry put so far is committed (a put is visible to {@link #get} once committed). */
    public void flush() {
        writer.flush();
    }

    private static void bind(PreparedStatement insert, PendingEntry entry) throws SQLException {
        ChatResponse response = entry.response();
        Usage usage = response.usage() == null ? Usage.NONE : response.usage();
        insert.setString(1, entry.key());
        insert.setString(2, response.text());
        insert.setString(3, response.finishReason());
        setMillis(insert, 4, response.latency());
        setMillis(insert, 5, response.timeToFirstToken());
        insert.setInt(6, usage.inputTokens());
        insert.setInt(7, usage.outputTokens());
        insert.setInt(8, usage.cacheReadTokens());
        insert.setInt(9, usage.cacheWriteTokens());
        insert.setInt(10, usage.reasoningTokens());
        insert.setBoolean(11, usage.estimated());
        insert.setLong(12, entry.createdAt());
    }

    /** An answer handed to the writer. */
    private record PendingEntry(String key, ChatResponse response, long createdAt) {
    }

    @Override
    public void close() {
        try {
            writer.close();
        } finally {
            try {
                reader.close();
            } finally {
                db.close();
            }
        }
    }

    private static void setMillis(PreparedStatement statement, int index, Duration value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value.toMillis());
        }
    }

    private static Duration millis(ResultSet row, int index) throws SQLException {
        long value = row.getLong(index);
        return row.wasNull() ? null : Duration.ofMillis(value);
    }
}
