package dev.promptsmith.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Writes rows of one statement from many threads through a writer thread that commits whatever
 * has queued up as a single transaction. A run's sixteen lanes then pay for one commit per batch
 * instead of one each, and never wait on the disk. The writer starts its next commit as soon as the
 * last one ends, so a row is committed within about one commit (a few milliseconds) of being
 * handed over: a killed process loses the calls in flight and at most the rows of the commit under
 * way. {@link #flush()} waits until everything handed over so far is committed. The writer thread
 * is a {@link CommitThread}, which other group commits (another database of the same run) may share.
 */
final class GroupCommit<I> implements AutoCloseable {

    /** Rows queued at most; a commit of this many is still one short transaction. */
    static final int MAX_QUEUED = 512;

    private final SqliteDatabase db;
    private final String action;
    private final String sql;
    private final SqlBinder<I> binder;
    private final CommitThread writer;
    /** The writer's lock guards the fields below. */
    private final Object lock;
    private List<I> queue = new ArrayList<>();
    private long submitted;
    private long committed;
    private RuntimeException failure;
    private boolean closing;

    GroupCommit(SqliteDatabase db, String action, String sql, SqlBinder<I> binder, CommitThread writer) {
        this.db = db;
        this.action = action;
        this.sql = sql;
        this.binder = binder;
        this.writer = writer;
        this.lock = writer.lock;
        synchronized (lock) {
            writer.add(this);
        }
    }

    /**
     * Hands a row to the writer; throws if an earlier commit failed, so a broken disk stops a run
     * early. Waits while {@value #MAX_QUEUED} rows are queued: a run whose cells finish faster than
     * the disk takes them (a local model, cached answers) must not hold them all in memory.
     */
    void submit(I item) {
        synchronized (lock) {
            awaitWhile(() -> queue.size() >= MAX_QUEUED && !closing && failure == null);
            rethrowFailure();
            if (closing) {
                throw new IllegalStateException("The store " + db.file() + " is closed");
            }
            queue.add(item);
            submitted++;
            // Started on the first row, so a store opened only to read costs no thread.
            writer.wake();
        }
    }

    /** Waits until every row submitted before this call is committed (or its commit failed). */
    void flush() {
        synchronized (lock) {
            long target = submitted;
            awaitWhile(() -> committed < target);
            rethrowFailure();
        }
    }

    /**
     * Waits on the writer's lock while {@code condition} holds, making sure the writer thread exists.
     * Uninterruptible: giving up would lose rows or report them committed when they are not; the
     * interrupt is kept for the caller. Called under the lock.
     */
    private void awaitWhile(BooleanSupplier condition) {
        boolean interrupted = false;
        while (condition.getAsBoolean()) {
            // The rows queued already woke the writer when they came; it only has to exist.
            writer.ensureRunning();
            try {
                lock.wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Commits what is queued and leaves the writer, which stops when no other store shares it. */
    @Override
    public void close() {
        Thread last;
        try {
            flush();
        } finally {
            synchronized (lock) {
                closing = true;
                last = writer.remove(this);
            }
        }
        if (last != null && last != Thread.currentThread()) {
            try {
                last.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The rows queued so far, handed to the writer thread. Called under the lock. */
    List<I> takeQueue() {
        if (queue.isEmpty()) {
            return List.of();
        }
        List<I> taken = queue;
        queue = new ArrayList<>();
        return taken;
    }

    /** The writer committed {@code rows} rows, or failed to. Called under the lock. */
    void committed(int rows, RuntimeException error) {
        committed += rows;
        if (error != null && failure == null) {
            failure = error;
        }
    }

    /**
     * Commits the batch; when that fails, each row on its own, so one refused row does not take the
     * rows committed with it down. Returns the first failure, or null. Called on the writer thread.
     */
    RuntimeException commit(List<I> batch) {
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
