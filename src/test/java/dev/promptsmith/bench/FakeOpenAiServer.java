package dev.promptsmith.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for an OpenAI-compatible server on loopback that answers every chat call with a short
 * stream after a fixed delay: the provider's latency, without a provider. For benchmarks only.
 *
 * <p>It is a plain blocking HTTP/1.1 server with a thread per connection, so that the delay is the
 * only time it adds. The JDK's {@code HttpServer} it replaces handed every request from its selector
 * thread to a worker thread; on this 2-vCPU VM a thread woken after 50 ms of idleness takes about a
 * millisecond to run (see docs/BENCHMARKS.md), which put 1–2 ms of the server's own on every call.
 * The response goes out in one write, with TCP_NODELAY, so Nagle's algorithm never holds it back.
 */
final class FakeOpenAiServer implements AutoCloseable {

    private static final byte[] STREAM = ("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
            + "\"delta\":{\"role\":\"assistant\",\"content\":\"billing\"},\"finish_reason\":\"stop\"}]}\n\n"
            + "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":{\"prompt_tokens\":120,"
            + "\"completion_tokens\":1,\"total_tokens\":121}}\n\ndata: [DONE]\n\n").getBytes(StandardCharsets.UTF_8);
    private static final byte[] RESPONSE = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
            + "Content-Length: " + STREAM.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), STREAM);
    private static final byte[] NOT_FOUND = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final String CHAT_PATH = "/v1/chat/completions";

    private final long latencyMillis;
    private final ServerSocket socket;
    private final Set<Long> threadIds = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-server");
        t.setDaemon(true);
        threadIds.add(t.getId());
        return t;
    });
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

    FakeOpenAiServer(long latencyMillis) throws IOException {
        this.latencyMillis = latencyMillis;
        socket = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    /**
     * CPU time the server's threads have used, so a benchmark can leave the server out of the
     * engine's share of the process. Its threads live as long as their keep-alive connections, which
     * outlast a benchmark's rounds.
     */
    long cpuNanos() {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : threadIds) {
            total += Math.max(0, cpu.getThreadCpuTime(id));
        }
        return total;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connection.setTcpNoDelay(true);
                connections.add(connection);
                threads.execute(() -> serve(connection));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** Answers the requests of one keep-alive connection until the client closes it. */
    private void serve(Socket connection) {
        try (connection; InputStream in = new BufferedInputStream(connection.getInputStream());
             OutputStream out = connection.getOutputStream()) {
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                in.readNBytes(contentLength(head));
                if (!head.startsWith("POST " + CHAT_PATH + " ")) {
                    out.write(NOT_FOUND);
                    continue;
                }
                if (latencyMillis > 0) {
                    Thread.sleep(latencyMillis);
                }
                out.write(RESPONSE);
            }
        } catch (SocketException e) {
            // The client or close() ended the connection.
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connections.remove(connection);
        }
    }

    /** The request line and headers, up to the blank line; null at the end of the connection. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder(256);
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.append((char) b);
            if (b == "\r\n\r\n".charAt(matched)) {
                matched++;
            } else {
                matched = b == '\r' ? 1 : 0;
            }
            if (matched == 4) {
                return head.toString();
            }
        }
        return null;
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                return Integer.parseInt(line.substring(colon + 1).trim());
            }
        }
        return 0;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : connections) {
            connection.close();
        }
        threads.shutdownNow();
    }
}
