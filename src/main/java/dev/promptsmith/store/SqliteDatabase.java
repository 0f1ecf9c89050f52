package dev.promptsmith.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite file with its schema applied. All writes (and short reads) go through one connection
 * under a lock, which is SQLite's own model: one writer at a time. Long reads that a caller iterates
 * lazily get a connection of their own, which WAL lets run beside the writer.
 */
final class SqliteDatabase implements AutoCloseable {

    /** Another process (the CLI beside the app) may hold the write lock for a moment. */
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final Connection writer;
    /** Statements of the hot paths (a cell, a cache entry), parsed once per connection. */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private volatile boolean closed;

    private SqliteDatabase(Path file, Connection writer) {
        this.file = file;
        this.writer = writer;
    }

    /**
     * Opens or creates {@code file} and brings it to the last migration's version. A file that is not
     * a database, or from a newer schema, is reported before anything is written to it.
     */
    static SqliteDatabase open(Path file, List<Migration> migrations, Clock clock) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StoreException(file, StoreException.Reason.FAILED, "Cannot create the folder of " + file + ": " + e, e);
        }
        Connection connection = null;
        try {
            connection = connect(file, false);
            int found = SchemaVersions.current(connection);
            int known = migrations.get(migrations.size() - 1).version();
            if (found > known) {
                throw new StoreException(file, StoreException.Reason.NEWER_SCHEMA, file
                        + " was written by a newer version of Promptsmith (schema version " + found
                        + "; this version reads up to " + known + "). Update Promptsmith to open it.", null);
            }
            try (Statement statement = connection.createStatement()) {
                // WAL + NORMAL: a commit is a write() to the WAL without fsync, so it survives a killed
                // process (the OS has the bytes); only a power cut can lose the last commits, never consistency.
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = NORMAL");
            }
            SchemaVersions.migrate(connection, found, migrations, clock.millis());
            return new SqliteDatabase(file, connection);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw StoreException.of(file, "open the database", e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    /** Runs {@code work} on the shared connection in autocommit mode: each statement is its own transaction. */
    synchronized <T> T call(String action, SqlWork<Connection, T> work) {
        ensureOpen();
        try {
            return work.apply(writer);
        } catch (SQLException e) {
            throw StoreException.of(file, action, e);
        }
    }

    /** Runs {@code work} with a statement prepared once for this connection, in autocommit mode. */
    synchronized <T> T prepared(String action, String sql, SqlWork<PreparedStatement, T> work) {
        ensureOpen();
        try {
            PreparedStatement statement = prepared.get(sql);
            if (statement == null) {
                statement = writer.prepareStatement(sql);
                prepared.put(sql, statement);
            }
            return work.apply(statement);
        } catch (SQLException e) {
            throw StoreException.of(file, action, e);
        }
    }

    /** Runs {@code work} on the shared connection in one transaction, rolled back if it fails. */
    synchronized <T> T transaction(String action, SqlWork<Connection, T> work) {
        ensureOpen();
        try {
            writer.setAutoCommit(false);
            try {
                T result = work.apply(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StoreException.of(file, action, e);
        }
    }

    /**
     * Binds and executes {@code sql} once per item, all in one transaction: many rows for the price
     * of one commit. Rolled back as a whole if any item fails.
     */
    synchronized <I> void batch(String action, String sql, List<I> items, SqlBinder<I> binder) {
        transaction(action, connection -> {
            PreparedStatement statement = prepared.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                prepared.put(sql, statement);
            }
            for (I item : items) {
                binder.bind(statement, item);
                statement.executeUpdate();
            }
            return items.size();
        });
    }

    /** Runs a whole-table read on a connection of its own, so the writer is not held meanwhile. */
    <T> T read(String action, SqlWork<Connection, T> work) {
        try (Connection reader = openReader(action)) {
            return work.apply(reader);
        } catch (SQLException e) {
            throw StoreException.of(file, action, e);
        }
    }

    /** A read-only connection of the caller's own, for a read it iterates lazily; the caller closes it. */
    Connection openReader(String action) {
        ensureOpen();
        try {
            return connect(file, true);
        } catch (SQLException e) {
            throw StoreException.of(file, action, e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            try {
                for (PreparedStatement statement : prepared.values()) {
                    statement.close();
                }
            } finally {
                writer.close();
            }
        } catch (SQLException e) {
            throw StoreException.of(file, "close the database", e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The database " + file + " is closed");
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // IMMEDIATE takes the write lock at BEGIN, so two processes never deadlock upgrading a read lock.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Otherwise the driver runs an extra query after every INSERT to offer getGeneratedKeys(), which
        // nothing here uses (ids come from last_insert_rowid()): half the store writer's CPU in a run.
        config.setGetGeneratedKeys(false);
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        if (readOnly) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA query_only = 1");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
