package dev.fbcli.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's HTTP/1.1 server: one selector thread reads and writes every connection without
 * blocking, and a small pool of workers runs complete requests. So a connection that is idle, or
 * slow to send its request, never holds a worker; it only holds a socket, and only for a while:
 *
 * <ul>
 *   <li>a new connection, or a request in progress, that sends nothing for {@link Limits#readTimeout()}
 *       is closed; a kept-alive connection between requests is closed after {@link Limits#idleTimeout()};
 *   <li>at most {@link Limits#maxConnections()} connections are open; when a new one arrives at the
 *       limit, the connection idle the longest is closed to make room (one that is sending or awaiting
 *       a response is never dropped for it);
 *   <li>a request body is read as it arrives and bounded: a {@code Content-Length} above the limit is
 *       refused with 413 before any of the body is read (also after {@code Expect: 100-continue}); a
 *       chunked body is refused as soon as it passes the limit; bodies held in memory by all
 *       connections together stay under {@link Limits#bufferBudget()} (503 beyond it).
 * </ul>
 *
 * Responses are written by the selector thread, after the worker finished (and the request's
 * transaction committed). {@code Connection: close}, HTTP/1.0, {@code HEAD}, pipelined requests and
 * chunked request bodies are supported; responses always carry a {@code Content-Length}.
 */
final class Http1Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Http1Server.class);
    private static final int MAX_HEAD_BYTES = 64 * 1024;
    private static final long TICK_MILLIS = 100;
    private static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long LINGER_MAX_BYTES = 256L * 1024 * 1024;
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    /** Timeouts and bounds. */
    record Limits(Duration readTimeout, Duration idleTimeout, int maxConnections, int workers, long bufferBudget) {
        static Limits defaults() {
            return new Limits(Duration.ofSeconds(5), Duration.ofSeconds(30), 512, 8, 256L * 1024 * 1024);
        }
    }

    /** The request line and headers (names lower-cased, first value of each). */
    record Head(String method, String path, String rawQuery, String version, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name);
        }
    }

    /** What the server asks of the application. */
    interface App {
        /** The largest body, in bytes, a request with this method and path may carry. */
        long bodyLimit(String method, String path);

        /** The answer to a request whose body is over {@code limit} (sent without reading the body). */
        Response tooLarge(Head head, long limit);

        /** The answer when the bodies held in memory are at their bound: try again shortly. */
        Response busy(Head head);

        /** Handles a complete request (on a worker); null drops the connection without an answer. */
        Response handle(Head head, byte[] body);

        /** The server's time, sent in each answer's {@code Date} header: the clock its records are stamped with. */
        default java.time.Instant now() {
            return java.time.Instant.now();
        }
    }

    private enum State {
        HEAD,
        BODY,
        CHUNKED,
        BUSY,
        WRITE,
        LINGER
    }

    private final App app;
    private final Limits limits;
    private final ServerSocketChannel server;
    private final Selector selector;
    private final ExecutorService workers;
    private final Thread loop;
    private final Set<Conn> conns = Collections.newSetFromMap(new LinkedHashMap<>());
    private final ConcurrentLinkedQueue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private final AtomicLong buffered = new AtomicLong();
    private volatile boolean closed;

    Http1Server(InetSocketAddress address, App app, Limits limits) throws IOException {
        this.app = app;
        this.limits = limits;
        this.selector = Selector.open();
        this.server = ServerSocketChannel.open();
        try {
            server.bind(address, 128);
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            server.close();
            selector.close();
            throw e;
        }
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(limits.workers(), r -> {
            Thread t = new Thread(r, "fb-sandbox-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.loop = new Thread(this::run, "fb-sandbox-io");
        loop.setDaemon(true);
        loop.start();
    }

    int port() {
        return server.socket().getLocalPort();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        selector.wakeup();
        try {
            loop.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ the selector loop

    private void run() {
        long lastSweep = System.nanoTime();
        try {
            while (!closed) {
                selector.select(TICK_MILLIS);
                Runnable task;
                while ((task = pending.poll()) != null) {
                    task.run();
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.channel() == server) {
                        accept();
                        continue;
                    }
                    Conn c = (Conn) key.attachment();
                    try {
                        if (key.isReadable()) {
                            c.readable();
                        }
                        if (key.isValid() && key.isWritable()) {
                            c.writable();
                        }
                    } catch (IOException | RuntimeException e) {
                        LOG.debug("connection problem: {}", e.toString());
                        c.close();
                    }
                }
                selector.selectedKeys().clear();
                long now = System.nanoTime();
                if (now - lastSweep >= TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS)) {
                    lastSweep = now;
                    sweep(now);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                LOG.warn("the sandbox's HTTP loop stopped", e);
            }
        } finally {
            for (Conn c : new ArrayList<>(conns)) {
                c.close();
            }
            try {
                server.close();
                selector.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private void accept() throws IOException {
        SocketChannel ch;
        while ((ch = server.accept()) != null) {
            if (conns.size() >= limits.maxConnections() && !evictIdle()) {
                ch.close(); // every connection is busy with a request: refuse this one
                continue;
            }
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            Conn c = new Conn(ch);
            c.key = ch.register(selector, SelectionKey.OP_READ, c);
            conns.add(c);
        }
    }

    /** Closes the connection idle the longest (no request bytes pending); false if there is none. */
    private boolean evictIdle() {
        Conn oldest = null;
        for (Conn c : conns) {
            if (c.idle() && (oldest == null || c.lastActivity < oldest.lastActivity)) {
                oldest = c;
            }
        }
        if (oldest == null) {
            return false;
        }
        oldest.close();
        return true;
    }

    private void sweep(long now) {
        long read = limits.readTimeout().toNanos();
        long idle = limits.idleTimeout().toNanos();
        for (Conn c : new ArrayList<>(conns)) {
            long quiet = now - c.lastActivity;
            boolean expired =
                    switch (c.state) {
                        case HEAD -> quiet > (c.idle() && c.served > 0 ? idle : read);
                        case BODY, CHUNKED -> quiet > read;
                        case WRITE -> quiet > idle;
                        case LINGER -> now > c.lingerUntil;
                        case BUSY -> false;
                    };
            if (expired) {
                c.close();
            }
        }
    }

    // ------------------------------------------------------------------ one connection

    private final class Conn {
        final SocketChannel ch;
        SelectionKey key;
        State state = State.HEAD;
        ByteBuffer in = ByteBuffer.allocate(8192); // write mode: position = bytes held
        long lastActivity = System.nanoTime();
        int served;
        Head head;
        long limit;
        byte[] body;
        int bodyPos;
        ByteArrayOutputStream chunks;
        long chunkLeft = -1; // -1: expecting a size line; -2: expecting the CRLF after data; -3: trailers
        long reserved;
        boolean keepAlive;
        ByteBuffer[] out;
        boolean closeAfterWrite;
        long lingerUntil;
        long lingered;
        boolean open = true;

        Conn(SocketChannel ch) {
            this.ch = ch;
        }

        boolean idle() {
            return state == State.HEAD && in.position() == 0;
        }

        void readable() throws IOException {
            if (state == State.LINGER) {
                in.clear();
                int n = ch.read(in);
                in.clear();
                lingered += Math.max(0, n);
                if (n < 0 || lingered > LINGER_MAX_BYTES) {
                    close();
                }
                return;
            }
            if (!in.hasRemaining()) {
                grow();
            }
            int n = ch.read(in);
            if (n < 0) {
                close();
                return;
            }
            if (n > 0) {
                lastActivity = System.nanoTime();
                advance();
            }
        }

        private void grow() {
            int max = state == State.HEAD ? MAX_HEAD_BYTES + 1 : 1024 * 1024;
            if (in.capacity() >= max) {
                if (state == State.HEAD) {
                    fail(431, "Request Header Fields Too Large");
                }
                return;
            }
            ByteBuffer bigger = ByteBuffer.allocate(Math.min(max, in.capacity() * 2));
            in.flip();
            bigger.put(in);
            in = bigger;
        }

        /** Consumes what is buffered: the head, then the body, then dispatches the request. */
        void advance() {
            while (open) {
                if (state == State.HEAD) {
                    if (!readHead()) {
                        return;
                    }
                } else if (state == State.BODY) {
                    int take = Math.min(in.position(), body.length - bodyPos);
                    in.flip();
                    in.get(body, bodyPos, take);
                    in.compact();
                    bodyPos += take;
                    if (bodyPos < body.length) {
                        return;
                    }
                    dispatch(body);
                    return;
                } else if (state == State.CHUNKED) {
                    if (!readChunks()) {
                        return;
                    }
                } else {
                    return;
                }
            }
        }

        /** Parses a complete head if one is buffered; false when more bytes are needed. */
        private boolean readHead() {
            int end = headEnd();
            if (end < 0) {
                if (in.position() > MAX_HEAD_BYTES) {
                    fail(431, "Request Header Fields Too Large");
                }
                return false;
            }
            String text = new String(in.array(), 0, end, StandardCharsets.ISO_8859_1);
            in.flip();
            in.position(Math.min(in.limit(), end));
            skipLineEnds();
            in.compact();
            String[] lines = text.split("\r?\n");
            int first = 0;
            while (first < lines.length && lines[first].isEmpty()) {
                first++;
            }
            String[] parts = first < lines.length ? lines[first].split(" ") : new String[0];
            if (parts.length != 3 || !parts[2].startsWith("HTTP/1.") || parts[0].isEmpty()) {
                fail(400, "Bad Request");
                return false;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = first + 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon <= 0) {
                    fail(400, "Bad Request");
                    return false;
                }
                String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).trim();
                String before = headers.putIfAbsent(name, value);
                if (name.equals("content-length") && before != null && !before.equals(value)) {
                    fail(400, "Bad Request");
                    return false;
                }
            }
            String target = parts[1];
            int q = target.indexOf('?');
            String rawPath = q < 0 ? target : target.substring(0, q);
            if (rawPath.startsWith("http://") || rawPath.startsWith("https://")) {
                int slash = rawPath.indexOf('/', rawPath.indexOf("//") + 2);
                rawPath = slash < 0 ? "/" : rawPath.substring(slash);
            }
            head = new Head(
                    parts[0].toUpperCase(Locale.ROOT),
                    decodePath(rawPath),
                    q < 0 ? null : target.substring(q + 1),
                    parts[2],
                    headers);
            String connection = headers.getOrDefault("connection", "").toLowerCase(Locale.ROOT);
            keepAlive = head.version().equals("HTTP/1.1")
                    ? !connection.contains("close")
                    : connection.contains("keep-alive");
            limit = app.bodyLimit(head.method(), head.path());
            String te = headers.get("transfer-encoding");
            String cl = headers.get("content-length");
            if (te != null) {
                if (!te.toLowerCase(Locale.ROOT).endsWith("chunked")) {
                    fail(501, "Not Implemented");
                    return false;
                }
                chunks = new ByteArrayOutputStream();
                chunkLeft = -1;
                continueIfAsked();
                state = State.CHUNKED;
                return true;
            }
            long length;
            try {
                length = cl == null ? 0 : Long.parseLong(cl.trim());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length < 0) {
                fail(400, "Bad Request");
                return false;
            }
            if (length > limit) {
                refuse(app.tooLarge(head, limit));
                return false;
            }
            if (!reserve(length)) {
                refuse(app.busy(head));
                return false;
            }
            if (length == 0) {
                dispatch(new byte[0]);
                return false;
            }
            continueIfAsked();
            body = new byte[(int) length];
            bodyPos = 0;
            state = State.BODY;
            return true;
        }

        private int headEnd() {
            byte[] a = in.array();
            int n = in.position();
            int start = 0;
            while (start < n && (a[start] == '\r' || a[start] == '\n')) {
                start++; // empty lines before a request line are allowed
            }
            for (int i = start; i < n; i++) {
                if (a[i] == '\n') {
                    if (i + 1 < n && a[i + 1] == '\n') {
                        return i + 1;
                    }
                    if (i + 2 < n && a[i + 1] == '\r' && a[i + 2] == '\n') {
                        return i + 1;
                    }
                }
            }
            return -1;
        }

        /** In read mode: skips the CR/LF that ends the head. */
        private void skipLineEnds() {
            if (in.hasRemaining() && in.get(in.position()) == '\r') {
                in.position(in.position() + 1);
            }
            if (in.hasRemaining() && in.get(in.position()) == '\n') {
                in.position(in.position() + 1);
            }
        }

        private void continueIfAsked() {
            String expect = head.header("expect");
            if (expect != null && expect.equalsIgnoreCase("100-continue")) {
                try {
                    ByteBuffer b = ByteBuffer.wrap(CONTINUE);
                    ch.write(b);
                    if (b.hasRemaining()) {
                        close();
                    }
                } catch (IOException e) {
                    close();
                }
            }
        }

        /** Chunked body: false when more bytes are needed. */
        private boolean readChunks() {
            ByteBuffer buf = in;
            buf.flip();
            try {
                while (true) {
                    if (chunkLeft == -1 || chunkLeft == -3) {
                        String line = line();
                        if (line == null) {
                            return false;
                        }
                        if (chunkLeft == -3) {
                            if (line.isEmpty()) {
                                byte[] all = chunks.toByteArray();
                                chunks = null;
                                dispatch(all);
                                return false;
                            }
                            continue; // a trailer field: ignored
                        }
                        int semi = line.indexOf(';');
                        long size;
                        try {
                            size = Long.parseLong((semi < 0 ? line : line.substring(0, semi)).trim(), 16);
                        } catch (NumberFormatException e) {
                            size = -1;
                        }
                        if (size < 0) {
                            fail(400, "Bad Request");
                            return false;
                        }
                        if (size == 0) {
                            chunkLeft = -3;
                            continue;
                        }
                        if (chunks.size() + size > limit) {
                            refuse(app.tooLarge(head, limit));
                            return false;
                        }
                        if (!reserve(size)) {
                            refuse(app.busy(head));
                            return false;
                        }
                        chunkLeft = size;
                    } else if (chunkLeft == -2) {
                        String line = line();
                        if (line == null) {
                            return false;
                        }
                        chunkLeft = -1;
                    } else {
                        int take = (int) Math.min(chunkLeft, in.remaining());
                        if (take == 0) {
                            return false;
                        }
                        chunks.write(in.array(), in.position(), take);
                        in.position(in.position() + take);
                        chunkLeft -= take;
                        if (chunkLeft == 0) {
                            chunkLeft = -2;
                        }
                    }
                }
            } finally {
                if (buf == in) {
                    buf.compact(); // keep what follows (a pipelined request) for later
                }
            }
        }

        /** In read mode: the next CRLF- or LF-terminated line, or null (position unchanged) when incomplete. */
        private String line() {
            int start = in.position();
            for (int i = start; i < in.limit(); i++) {
                if (in.get(i) == '\n') {
                    int end = i > start && in.get(i - 1) == '\r' ? i - 1 : i;
                    String s = new String(in.array(), start, end - start, StandardCharsets.ISO_8859_1);
                    in.position(i + 1);
                    return s;
                }
            }
            if (in.limit() - start > 8192) {
                fail(400, "Bad Request");
            }
            return null;
        }

        private boolean reserve(long bytes) {
            if (bytes == 0) {
                return true;
            }
            long now = buffered.addAndGet(bytes);
            if (now > limits.bufferBudget()) {
                buffered.addAndGet(-bytes);
                return false;
            }
            reserved += bytes;
            return true;
        }

        private void release() {
            if (reserved > 0) {
                buffered.addAndGet(-reserved);
                reserved = 0;
            }
        }

        private void dispatch(byte[] requestBody) {
            Head h = head;
            state = State.BUSY;
            body = null;
            if (key.isValid()) {
                key.interestOps(0);
            }
            try {
                workers.execute(() -> {
                    Response r;
                    try {
                        r = app.handle(h, requestBody);
                    } catch (RuntimeException | Error e) {
                        LOG.warn("sandbox bug while handling {} {}", h.method(), h.path(), e);
                        r = Response.html(500, Chaos.html(500, "Internal Server Error"));
                    }
                    Response answer = r;
                    pending.add(() -> respond(answer));
                    selector.wakeup();
                });
            } catch (RejectedExecutionException e) {
                close(); // shutting down
            }
        }

        /** On the selector thread, once the worker is done. */
        private void respond(Response r) {
            release();
            if (!open) {
                return;
            }
            if (r == null) {
                close(); // fault injection: applied, no answer
                return;
            }
            closeAfterWrite = !keepAlive || closed;
            write(r, head.method().equals("HEAD"));
        }

        /** Answers at once, before the body is read, and closes (lingering to let the client see it). */
        private void refuse(Response r) {
            keepAlive = false;
            closeAfterWrite = true;
            write(r, false);
        }

        private void fail(int status, String reason) {
            refuse(Response.html(status, Chaos.html(status, reason)));
        }

        private void write(Response r, boolean headOnly) {
            state = State.WRITE;
            lastActivity = System.nanoTime();
            byte[] b = r.body();
            boolean bodyless = r.status() == 204 || r.status() == 304;
            StringBuilder h = new StringBuilder(256);
            h.append("HTTP/1.1 ")
                    .append(r.status())
                    .append(' ')
                    .append(reason(r.status()))
                    .append("\r\n");
            h.append("Date: ")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            ZonedDateTime.ofInstant(app.now(), ZoneOffset.UTC)));
            h.append("\r\n");
            r.headers().forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
            if (!bodyless) {
                h.append("Content-Length: ").append(b.length).append("\r\n");
            }
            if (closeAfterWrite) {
                h.append("Connection: close\r\n");
            } else if (!head.version().equals("HTTP/1.1")) {
                h.append("Connection: keep-alive\r\n");
            }
            h.append("\r\n");
            ByteBuffer hb = ByteBuffer.wrap(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            out = bodyless || headOnly || b.length == 0
                    ? new ByteBuffer[] {hb}
                    : new ByteBuffer[] {hb, ByteBuffer.wrap(b)};
            try {
                writable();
            } catch (IOException e) {
                close();
            }
        }

        void writable() throws IOException {
            if (state != State.WRITE || out == null) {
                return;
            }
            long n = ch.write(out);
            if (n > 0) {
                lastActivity = System.nanoTime();
            }
            if (out[out.length - 1].hasRemaining()) {
                key.interestOps(SelectionKey.OP_WRITE);
                return;
            }
            out = null;
            if (closeAfterWrite) {
                linger();
                return;
            }
            served++;
            head = null;
            state = State.HEAD;
            key.interestOps(SelectionKey.OP_READ);
            if (in.position() > 0) {
                advance(); // a pipelined request is already buffered
            }
        }

        /** Half-closes and reads (discarding) what the client still sends, so it sees the answer, not a reset. */
        private void linger() {
            release();
            try {
                ch.shutdownOutput();
            } catch (IOException e) {
                close();
                return;
            }
            state = State.LINGER;
            lingerUntil = System.nanoTime() + LINGER_NANOS;
            in = ByteBuffer.allocate(64 * 1024);
            try {
                key.interestOps(SelectionKey.OP_READ);
            } catch (RuntimeException e) {
                close();
            }
        }

        void close() {
            if (!open) {
                return;
            }
            open = false;
            if (state != State.BUSY) {
                release(); // a busy request releases its bytes when its worker is done
            }
            conns.remove(this);
            if (key != null) {
                key.cancel();
            }
            try {
                ch.close();
            } catch (IOException ignored) {
                // gone anyway
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Percent-decodes a path ({@code +} stays a plus sign, as in a URI path). */
    static String decodePath(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0) {
                    out.write(hi * 16 + lo);
                    i += 2;
                    continue;
                }
            }
            byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            out.write(b, 0, b.length);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"),
            Map.entry(201, "Created"),
            Map.entry(204, "No Content"),
            Map.entry(302, "Found"),
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(408, "Request Timeout"),
            Map.entry(409, "Conflict"),
            Map.entry(413, "Content Too Large"),
            Map.entry(422, "Unprocessable Entity"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"));

    static String reason(int status) {
        return REASONS.getOrDefault(status, "Status");
    }
}
