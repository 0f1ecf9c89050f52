package dev.promptsmith.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A database file that cannot be opened or used, naming the file. {@link Reason#CORRUPT} is the cue
 * for the caller to offer {@link DatabaseFiles#moveAside}; the store itself never deletes data.
 */
public final class StoreException extends RuntimeException {

    /** What went wrong, so callers can choose what to offer the user. */
    public enum Reason {
        /** The file is not an SQLite database or its pages are damaged. */
        CORRUPT,
        /** The file was written by a newer Promptsmith whose schema this version does not know. */
        NEWER_SCHEMA,
        /** Anything else: disk full, permissions, a locked file, a constraint the caller broke. */
        FAILED
    }

    private final Path file;
    private final Reason reason;

    public StoreException(Path file, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.reason = reason;
    }

    /** Wraps a driver error, telling corruption apart from other failures. */
    static StoreException of(Path file, String action, SQLException e) {
        Reason reason = isCorruption(e) ? Reason.CORRUPT : Reason.FAILED;
        String detail = reason == Reason.CORRUPT ? " (the file is damaged or not a database)" : "";
        return new StoreException(file, reason, "Cannot " + action + " in " + file + detail + ": " + e.getMessage(), e);
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    private static boolean isCorruption(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            // Extended codes (SQLITE_CORRUPT_INDEX…) share the primary code in their low byte.
            int primary = code.code & 0xff;
            return primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code;
        }
        return false;
    }
}
