package dev.promptsmith.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Measured rounds of the same calls, printed one line each and then as their median: on a shared
 * 2-vCPU machine one round can be 10 % off its neighbours, and a single figure would report the
 * neighbours' noise rather than the code.
 */
final class BenchRounds {

    /**
     * One round: wall time, the CPU of the threads making the calls, and the CPU of the whole process
     * less the fake server's: the calling threads plus everything they set going (the store's writer,
     * OkHttp's own threads, GC, JIT).
     */
    record Round(double wallMs, double callerCpuMs, double clientProcessCpuMs) {
    }

    /** One client thread's share of a round: calls while {@code more} says there are calls left. */
    interface Lane {
        void call(BooleanSupplier more) throws IOException;
    }

    private final String mode;
    private final int calls;
    private final int concurrency;
    private final long latencyMs;
    private final List<Round> rounds = new ArrayList<>();

    BenchRounds(String mode, int calls, int concurrency, long latencyMs) {
        this.mode = mode;
        this.calls = calls;
        this.concurrency = concurrency;
        this.latencyMs = latencyMs;
    }

    /** CPU time of the whole process except the fake server's threads. */
    static long clientProcessCpuNanos(FakeOpenAiServer server) {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() - server.cpuNanos();
    }

    /**
     * A warm-up of {@code warmUp} calls, then {@code rounds} measured rounds of {@code calls}, each
     * on {@code concurrency} new threads running {@code lane}; prints every round and the median.
     */
    static void measureLanes(String mode, FakeOpenAiServer server, int calls, int concurrency, long latency, int rounds,
                             int warmUp, Lane lane) throws InterruptedException {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        BenchRounds measured = new BenchRounds(mode, calls, concurrency, latency);
        for (int round = 0; round <= rounds; round++) { // round 0 warms up
            int n = round == 0 ? warmUp : calls;
            AtomicInteger next = new AtomicInteger();
            AtomicLong cpuNanos = new AtomicLong();
            List<Thread> threads = new ArrayList<>();
            long processBefore = clientProcessCpuNanos(server);
            long start = System.nanoTime();
            for (int t = 0; t < concurrency; t++) {
                Thread thread = new Thread(() -> {
                    long before = cpu.getCurrentThreadCpuTime();
                    try {
                        lane.call(() -> next.getAndIncrement() < n);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - before);
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            double wallMs = (System.nanoTime() - start) / 1e6;
            if (round > 0) {
                measured.add(new Round(wallMs, cpuNanos.get() / 1e6, (clientProcessCpuNanos(server) - processBefore) / 1e6));
            }
        }
        measured.printSummary("");
    }

    void add(Round round) {
        rounds.add(round);
        System.out.println("  round " + rounds.size() + ": " + line(round));
    }

    void printSummary(String extra) {
        List<Round> byWall = new ArrayList<>(rounds);
        byWall.sort(Comparator.comparingDouble(Round::wallMs));
        Round median = byWall.get(byWall.size() / 2);
        System.out.printf("mode=%s calls=%d concurrency=%d latency=%dms rounds=%d%s%n", mode, calls, concurrency,
                latencyMs, rounds.size(), extra);
        System.out.println("median: " + line(median));
    }

    private String line(Round round) {
        double ideal = (double) calls * latencyMs / concurrency;
        return String.format(Locale.ROOT,
                "wall=%.0f ms ideal=%.0f ms overhead=%.1f%% throughput=%.0f calls/s cpu-per-call=%.3f ms"
                        + " all-client-cpu-per-call=%.3f ms",
                round.wallMs(), ideal, ideal == 0 ? 0 : (round.wallMs() / ideal - 1) * 100,
                calls / (round.wallMs() / 1000), round.callerCpuMs() / calls, round.clientProcessCpuMs() / calls);
    }
}
