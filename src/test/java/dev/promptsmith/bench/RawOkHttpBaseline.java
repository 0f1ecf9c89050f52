package dev.promptsmith.bench;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The floor the engine is measured against: the same calls to the same fake server made by bare
 * OkHttp (its default timeouts) on {@code concurrency} threads, with no rendering, decoding, scoring
 * or storing.
 */
final class RawOkHttpBaseline {

    private RawOkHttpBaseline() {
    }

    static void run(int calls, int concurrency, long latency, int rounds, int warmUp) throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer(latency)) {
            OkHttpClient client = new OkHttpClient.Builder()
                    .connectionPool(new ConnectionPool(concurrency * 2, 5, TimeUnit.MINUTES)).build();
            String body = "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Ticket\"}]}";
            Request request = new Request.Builder().url(server.baseUrl() + "/chat/completions")
                    .post(RequestBody.create(body, MediaType.get("application/json"))).build();
            BenchRounds.measureLanes("bare-okhttp", server, calls, concurrency, latency, rounds, warmUp, more -> {
                while (more.getAsBoolean()) {
                    try (Response response = client.newCall(request).execute()) {
                        response.body().string();
                    }
                }
            });
        }
    }
}
