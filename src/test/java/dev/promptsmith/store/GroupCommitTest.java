package dev.promptsmith.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {

    @TempDir
    Path dir;

    @Test
    void aFullQueueHoldsTheProducerUntilTheWriterCatchesUp() throws Exception {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("rows.db"),
                List.of(Migration.of(1, "CREATE TABLE rows (n INTEGER)")), Clock.systemUTC())) {
            CountDownLatch diskIsSlow = new CountDownLatch(1);
            CountDownLatch firstCommitStarted = new CountDownLatch(1);
            GroupCommit<Integer> rows = new GroupCommit<>(db, "write rows", "INSERT INTO rows (n) VALUES (?)",
                    (insert, n) -> {
                        firstCommitStarted.countDown();
                        try {
                            diskIsSlow.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        insert.setInt(1, n);
                    }, new CommitThread());
            rows.submit(0); // the writer takes it and blocks in the "disk"
            assertThat(firstCommitStarted.await(5, TimeUnit.SECONDS)).isTrue();
            AtomicInteger handedOver = new AtomicInteger();
            Thread producer = new Thread(() -> {
                for (int i = 1; i <= GroupCommit.MAX_QUEUED + 10; i++) {
                    rows.submit(i);
                    handedOver.incrementAndGet();
                }
            });
            producer.start();

            producer.join(500);
            assertThat(producer.isAlive()).isTrue();
            assertThat(handedOver.get()).isEqualTo(GroupCommit.MAX_QUEUED);

            diskIsSlow.countDown();
            producer.join(5_000);
            rows.close();

            assertThat(handedOver.get()).isEqualTo(GroupCommit.MAX_QUEUED + 10);
            int stored = db.call("count", connection -> {
                try (var statement = connection.createStatement();
                     var count = statement.executeQuery("SELECT COUNT(*) FROM rows")) {
                    count.next();
                    return count.getInt(1);
                }
            });
            assertThat(stored).isEqualTo(GroupCommit.MAX_QUEUED + 11);
        }
    }

    /** Producers waiting on a full queue must not keep waking each other: the writer has to get the lock. */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void manyProducersOnAFullQueueAllGetThrough() throws Exception {
        int producers = 8;
        int rowsEach = 2_000;
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("rows.db"),
                List.of(Migration.of(1, "CREATE TABLE rows (n INTEGER)")), Clock.systemUTC())) {
            CountDownLatch allWaiting = new CountDownLatch(1);
            GroupCommit<Integer> rows = new GroupCommit<>(db, "write rows", "INSERT INTO rows (n) VALUES (?)",
                    (insert, n) -> {
                        try {
                            allWaiting.await(5, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        insert.setInt(1, n);
                    }, new CommitThread());
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(producers);
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int p = 0; p < producers; p++) {
                int base = p * rowsEach;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < rowsEach; i++) {
                        rows.submit(base + i);
                    }
                }));
            }
            Thread.sleep(300); // every producer is now waiting on the full queue
            allWaiting.countDown();
            for (java.util.concurrent.Future<?> f : done) {
                f.get(50, TimeUnit.SECONDS);
            }
            pool.shutdown();
            rows.close();

            int stored = db.call("count", connection -> {
                try (var statement = connection.createStatement();
                     var count = statement.executeQuery("SELECT COUNT(*) FROM rows")) {
                    count.next();
                    return count.getInt(1);
                }
            });
            assertThat(stored).isEqualTo(producers * rowsEach);
        }
    }
}
