package io.jenkins.plugins.hss.simulator;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server on 127.0.0.1: keep-alive, bodies with Content-Length or chunked, one
 * thread per connection. It exists because the JDK's server rewrites response header names
 * ({@code X-Subject-Token} becomes {@code X-subject-token}) and the SDK's IAM client looks that
 * header up case-sensitively; here names go out exactly as written. A handler that returns no
 * response has the connection closed without one; a response cut short ({@link SimResponse#isCut()})
 * announces its whole body, writes part of it and closes the connection.
 */
final class LoopbackHttpServer implements AutoCloseable {

    /** Answers one request; an empty answer drops the connection. */
    interface Handler {
        Optional<SimResponse> handle(SimRequest request);
    }

    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"),
            Map.entry(201, "Created"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(409, "Conflict"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private final ServerSocket serverSocket;
    private final Handler handler;
    private final ExecutorService connections;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    LoopbackHttpServer(int port, Handler handler) throws IOException {
        this.serverSocket = new ServerSocket();
        serverSocket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 128);
        this.handler = handler;
        this.connections = Executors.newCachedThreadPool(daemonThreads());
        connections.execute(this::accept);
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(LoopbackHttpServer::closeQuietly);
        connections.shutdownNow();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = serverSocket.accept();
                open.add(socket);
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void serve(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            String clientIp = socket.getInetAddress().getHostAddress();
            boolean keepAlive = true;
            while (keepAlive && !closed) {
                Optional<HttpRequestReader.Message> message = HttpRequestReader.read(in, clientIp);
                if (message.isEmpty()) {
                    return;
                }
                Optional<SimResponse> response = handler.handle(message.get().request());
                if (response.isEmpty()) {
                    return;
                }
                keepAlive = message.get().keepAlive() && !response.get().isCut();
                write(out, response.get(), keepAlive);
            }
        } catch (HttpRequestReader.MalformedRequestException e) {
            writeQuietly(socket, new SimResponse(400, Map.of("Content-Type", "text/plain"),
                    e.getMessage().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            // the client went away; nothing to answer
        } finally {
            open.remove(socket);
            closeQuietly(socket);
        }
    }

    private static void write(OutputStream out, SimResponse response, boolean keepAlive) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(response.status()).append(' ')
                .append(REASONS.getOrDefault(response.status(), "Status")).append("\r\n");
        response.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(response.body().length).append("\r\n");
        if (!keepAlive) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(response.body(), 0, response.isCut() ? response.cutAfter() : response.body().length);
        out.flush();
    }

    private static void writeQuietly(Socket socket, SimResponse response) {
        try {
            write(new BufferedOutputStream(socket.getOutputStream()), response, false);
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "hss-simulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
