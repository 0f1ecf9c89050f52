package dev.promptsmith.store;

import java.util.List;

/**
 * One step of a database schema: the statements that take a file from {@code version - 1} to
 * {@code version}. Steps are applied in order, each in its own transaction with its version row.
 */
record Migration(int version, List<String> statements) {

    Migration {
        statements = List.copyOf(statements);
    }

    static Migration of(int version, String... statements) {
        return new Migration(version, List.of(statements));
    }
}
