package dev.promptsmith.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Reads a file's schema version from its {@code schema_version} table and applies the missing migrations. */
final class SchemaVersions {

    private SchemaVersions() {
    }

    /**
     * The highest version applied, 0 for a new (empty) file. Reading {@code sqlite_master} first makes
     * a file that is not a database fail here, before anything is written to it.
     */
    static int current(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet tables = statement.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
                if (!tables.next() || tables.getInt(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet version = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                return version.next() ? version.getInt(1) : 0;
            }
        }
    }

    /** Applies each migration above {@code from}, one transaction per step, so a crash leaves a whole version. */
    static void migrate(Connection connection, int from, List<Migration> migrations, long nowMillis) throws SQLException {
        for (Migration migration : migrations) {
            if (migration.version() <= from) {
                continue;
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)");
                for (String sql : migration.statements()) {
                    statement.execute(sql);
                }
                statement.execute("INSERT INTO schema_version (version, applied_at) VALUES ("
                        + migration.version() + ", " + nowMillis + ")");
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
