package dev.promptsmith.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The floor the engine is measured against: the same calls to the same fake server made by bare
 * OkHttp on {@code concurrency} threads, with no rendering, decoding, scoring or storing.
 */
final class RawOkHttpBaseline {

    private RawOkHttpBaseline() {
    }

    static void run(int calls, int concurrency, long latency) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (FakeOpenAiServer server = new FakeOpenAiServer(latency)) {
            OkHttpClient client = new OkHttpClient.Builder()
                    .connectionPool(new ConnectionPool(concurrency * 2, 5, TimeUnit.MINUTES)).build();
            String body = "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Ticket\"}]}";
            Request request = new Request.Builder().url(server.baseUrl() + "/chat/completions")
                    .post(RequestBody.create(body, MediaType.get("application/json"))).build();
            for (int round = 0; round < 2; round++) { // round 0 warms up
                int n = round == 0 ? 200 : calls;
                AtomicInteger next = new AtomicInteger();
                AtomicLong cpuNanos = new AtomicLong();
                List<Thread> threads = new ArrayList<>();
                long start = System.nanoTime();
                for (int t = 0; t < concurrency; t++) {
                    Thread thread = new Thread(() -> {
                        long before = cpu.getCurrentThreadCpuTime();
                        while (next.getAndIncrement() < n) {
                            try (Response response = client.newCall(request).execute()) {
                                response.body().string();
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
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
                if (round == 1) {
                    double ideal = (double) calls * latency / concurrency;
                    System.out.printf("mode=bare-okhttp calls=%d concurrency=%d latency=%dms%n", calls, concurrency, latency);
                    System.out.printf("wall=%.0f ms ideal=%.0f ms overhead=%.1f%% throughput=%.0f calls/s cpu-per-call=%.3f ms%n",
                            wallMs, ideal, ideal == 0 ? 0 : (wallMs / ideal - 1) * 100, calls / (wallMs / 1000),
                            cpuNanos.get() / 1e6 / calls);
                }
            }
        }
    }
}
