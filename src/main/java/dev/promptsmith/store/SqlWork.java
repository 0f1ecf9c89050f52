package dev.promptsmith.store;

import java.sql.SQLException;

/** Work on a connection or statement that may throw the driver's checked exception. */
@FunctionalInterface
interface SqlWork<I, T> {

    T apply(I input) throws SQLException;
}
