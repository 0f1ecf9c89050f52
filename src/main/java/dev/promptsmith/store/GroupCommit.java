package dev.promptsmith.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes rows of one statement from many threads through one writer thread that commits whatever
 * has queued up as a single transaction. A run's sixteen lanes then pay for one commit per batch
 * instead of one each, and never wait on the disk. The writer starts its next commit as soon as the
 * last one ends, so a row is committed within about one commit (a few milliseconds) of being
 * handed over: a killed process loses the calls in flight and at most the rows of the commit under
 * way. {@link #flush()} waits until everything handed over so far is committed.
 */
final class GroupCommit<I> implements AutoCloseable {

    private final SqliteDatabase db;
    private final String action;
    private final String sql;
    private final SqlBinder<I> binder;
    private Thread writer;
    private List<I> queue = new ArrayList<>();
    private long submitted;
    private long committed;
    private RuntimeException failure;
    private boolean closing;

    GroupCommit(SqliteDatabase db, String action, String sql, SqlBinder<I> binder) {
        this.db = db;
        this.action = action;
        this.sql = sql;
        this.binder = binder;
    }

    /** Hands a row to the writer; throws if an earlier commit failed, so a broken disk stops a run early. */
    synchronized void submit(I item) {
        rethrowFailure();
        if (closing) {
            throw new IllegalStateException("The store " + db.file() + " is closed");
        }
        if (writer == null) {
            // Started on the first row, so a store opened only to read costs no thread.
            writer = new Thread(this::writeLoop, "promptsmith-store-writer");
            writer.setDaemon(true);
            writer.start();
        }
        queue.add(item);
        submitted++;
        notifyAll();
    }

    /** Waits until every row submitted before this call is committed (or its commit failed). */
    synchronized void flush() {
        long target = submitted;
        boolean interrupted = false;
        while (committed < target) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        rethrowFailure();
    }

    /** Commits what is queued and stops the writer. */
    @Override
    public void close() {
        Thread running;
        try {
            flush();
        } finally {
            synchronized (this) {
                closing = true;
                running = writer;
                notifyAll();
            }
        }
        if (running != null) {
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void writeLoop() {
        while (true) {
            List<I> batch;
            synchronized (this) {
                while (queue.isEmpty() && !closing) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (queue.isEmpty()) {
                    return;
                }
                batch = queue;
                queue = new ArrayList<>();
            }
            RuntimeException error = commit(batch);
            synchronized (this) {
                committed += batch.size();
                if (error != null && failure == null) {
                    failure = error;
                }
                notifyAll();
            }
        }
    }

    /**
     * Commits the batch; when that fails, each row on its own, so one refused row does not take the
     * rows committed with it down. Returns the first failure, or null.
     */
    private RuntimeException commit(List<I> batch) {
        try {
            db.batch(action, sql, batch, binder);
            return null;
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                return e;
            }
        }
        RuntimeException first = null;
        for (I item : batch) {
            try {
                db.batch(action, sql, List.of(item), binder);
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        return first;
    }

    /** Reports a failed commit once, to the next caller. */
    private void rethrowFailure() {
        RuntimeException reported = failure;
        if (reported != null) {
            failure = null;
            throw reported;
        }
    }
}
