package dev.promptsmith.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The cells of one run read row by row from a connection of their own, so a 10,000-cell run never
 * sits in memory at once and the writer is not held while the caller iterates.
 */
final class CellCursor extends Spliterators.AbstractSpliterator<StoredCell> {

    private final Path file;
    private final Connection connection;
    private final PreparedStatement query;
    private final ResultSet rows;

    private CellCursor(Path file, Connection connection, PreparedStatement query, ResultSet rows) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.file = file;
        this.connection = connection;
        this.query = query;
        this.rows = rows;
    }

    /** A stream over the run's cells in recording order; it owns {@code connection} and closes it. */
    static Stream<StoredCell> stream(Path file, Connection connection, long runId) {
        try {
            PreparedStatement query = connection.prepareStatement(
                    "SELECT " + CellRows.COLUMNS + " FROM cells WHERE run_id = ? ORDER BY id");
            query.setLong(1, runId);
            CellCursor cursor = new CellCursor(file, connection, query, query.executeQuery());
            return StreamSupport.stream(cursor, false).onClose(cursor::close);
        } catch (SQLException e) {
            StoreException failure = StoreException.of(file, "read the cells of run " + runId, e);
            closeAll(connection, failure);
            throw failure;
        }
    }

    @Override
    public boolean tryAdvance(Consumer<? super StoredCell> action) {
        try {
            if (!rows.next()) {
                return false;
            }
            action.accept(CellRows.read(rows));
            return true;
        } catch (SQLException e) {
            throw StoreException.of(file, "read cells", e);
        }
    }

    private void close() {
        try {
            try {
                rows.close();
                query.close();
            } finally {
                connection.close();
            }
        } catch (SQLException e) {
            throw StoreException.of(file, "close a cell query", e);
        }
    }

    private static void closeAll(Connection connection, RuntimeException failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
