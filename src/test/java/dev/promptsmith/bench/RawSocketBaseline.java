package dev.promptsmith.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The floor under the floor: the same calls on {@code concurrency} threads, each writing the request
 * bytes to its own keep-alive socket and reading until the stream's end. No HTTP client at all, so
 * what it adds to the ideal is the machine's (thread wake-ups, loopback, the server's sleep).
 */
final class RawSocketBaseline {

    private static final byte[] DONE = "data: [DONE]".getBytes(StandardCharsets.US_ASCII);

    private RawSocketBaseline() {
    }

    static void run(int calls, int concurrency, long latency, int rounds, int warmUp) throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer(latency)) {
            URI base = URI.create(server.baseUrl());
            String body = "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Ticket\"}]}";
            byte[] request = ("POST /v1/chat/completions HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8);
            BenchRounds.measureLanes("raw-socket", server, calls, concurrency, latency, rounds, warmUp, more -> {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), base.getPort())) {
                    socket.setTcpNoDelay(true);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream());
                    while (more.getAsBoolean()) {
                        out.write(request);
                        readUntilDone(in);
                    }
                }
            });
        }
    }

    /** Reads one response: the fake server's stream always ends with {@code data: [DONE]} and a blank line. */
    private static void readUntilDone(InputStream in) throws IOException {
        int matched = 0;
        int newlines = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (matched < DONE.length) {
                matched = b == DONE[matched] ? matched + 1 : (b == DONE[0] ? 1 : 0);
            } else if (b == '\n' && ++newlines == 2) {
                return;
            }
        }
        throw new IOException("The server closed the connection mid-response");
    }
}
