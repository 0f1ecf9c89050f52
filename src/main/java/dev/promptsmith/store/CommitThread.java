package dev.promptsmith.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The thread that commits what the {@link GroupCommit}s sharing it have queued. A run's results and
 * its response cache are two databases; with a thread each, every finished cell woke two threads.
 * On a 2-vCPU machine a thread woken from idle costs about a millisecond, and that second wake-up
 * per cell was most of the scored engine's distance from the latency-bound ideal
 * (docs/BENCHMARKS.md). Sharing one thread halves the wake-ups and keeps every row committed as
 * soon as the thread gets to it, as before.
 *
 * <p>The thread starts with the first queued row and ends when its last member closes.
 */
public final class CommitThread {

    /** Guards the members and each member's queue and counters. */
    final Object lock = new Object();
    private final List<GroupCommit<?>> members = new ArrayList<>();
    private Thread thread;

    /** Joins {@code member}; called under {@link #lock}. */
    void add(GroupCommit<?> member) {
        members.add(member);
    }

    /**
     * {@code member} leaves; when it was the last, the thread is told to end and returned so the
     * caller can wait for it outside the lock. Called under {@link #lock}.
     */
    Thread remove(GroupCommit<?> member) {
        members.remove(member);
        lock.notifyAll();
        return members.isEmpty() ? thread : null;
    }

    /** A member queued a row: start the thread or wake it. Called under {@link #lock}. */
    void wake() {
        ensureRunning();
        lock.notifyAll();
    }

    /**
     * Starts the thread if none runs, without waking anyone: a caller waiting for the writer must
     * not notify the other waiters, or they wake each other in turn and the writer never gets the
     * lock. Called under {@link #lock}.
     */
    void ensureRunning() {
        if (thread == null) {
            thread = new Thread(this::writeLoop, "promptsmith-store-writer");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void writeLoop() {
        while (true) {
            List<Batch<?>> batches = new ArrayList<>();
            synchronized (lock) {
                while (!takeQueued(batches)) {
                    if (members.isEmpty()) {
                        thread = null;
                        return;
                    }
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        thread = null;
                        return;
                    }
                }
            }
            for (Batch<?> batch : batches) {
                batch.commit();
            }
            synchronized (lock) {
                for (Batch<?> batch : batches) {
                    batch.report();
                }
                lock.notifyAll();
            }
        }
    }

    /** Moves every member's queue into {@code batches}; false when nothing was queued. Called under the lock. */
    private boolean takeQueued(List<Batch<?>> batches) {
        for (GroupCommit<?> member : members) {
            Batch<?> batch = Batch.of(member);
            if (batch != null) {
                batches.add(batch);
            }
        }
        return !batches.isEmpty();
    }

    /** One member's queued rows, taken under the lock, committed outside it, reported under it again. */
    private static final class Batch<I> {
        private final GroupCommit<I> member;
        private final List<I> rows;
        private RuntimeException error;

        private Batch(GroupCommit<I> member, List<I> rows) {
            this.member = member;
            this.rows = rows;
        }

        static <I> Batch<I> of(GroupCommit<I> member) {
            List<I> rows = member.takeQueue();
            return rows.isEmpty() ? null : new Batch<>(member, rows);
        }

        void commit() {
            try {
                error = member.commit(rows);
            } catch (Error e) {
                // Reported to the store's next caller like any failed commit: a writer thread that died
                // here would leave every later flush() waiting for rows nobody commits.
                error = new IllegalStateException("Committing " + rows.size() + " rows failed: " + e, e);
            }
        }

        void report() {
            member.committed(rows.size(), error);
        }
    }
}
