package dev.promptsmith.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A read-only connection of a database's own, opened on first use, with its statements prepared
 * once. Reads through it do not queue behind the writer connection's transactions.
 */
final class SqliteReader implements AutoCloseable {

    private final SqliteDatabase db;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private Connection connection;

    SqliteReader(SqliteDatabase db) {
        this.db = db;
    }

    synchronized <T> T prepared(String action, String sql, SqlWork<PreparedStatement, T> work) {
        try {
            if (connection == null) {
                connection = db.openReader(action);
            }
            PreparedStatement statement = prepared.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                prepared.put(sql, statement);
            }
            return work.apply(statement);
        } catch (SQLException e) {
            throw StoreException.of(db.file(), action, e);
        }
    }

    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try {
            for (PreparedStatement statement : prepared.values()) {
                statement.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw StoreException.of(db.file(), "close the reader", e);
        } finally {
            connection = null;
        }
    }
}
