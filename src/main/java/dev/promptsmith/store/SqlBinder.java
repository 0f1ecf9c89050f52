package dev.promptsmith.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Sets the parameters of a prepared statement from one item. */
@FunctionalInterface
interface SqlBinder<I> {

    void bind(PreparedStatement statement, I item) throws SQLException;
}
