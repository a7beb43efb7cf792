package dev.stratus.lambda.runtime.environment;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.stratus.lambda.runtime.InvocationRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One environment's Lambda Runtime API, on its own loopback port: the runtime long-polls {@code next} for
 * an invocation and posts its response (whole, or streamed in chunks with {@value #RESPONSE_MODE}
 * {@code streaming}) or error; a runtime that cannot start posts an init error.
 */
final class RuntimeApiServer implements AutoCloseable {

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed ACK hold every small answer back by up to 40 ms.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final String PREFIX = "/2018-06-01/runtime/";
    private static final String NEXT = PREFIX + "invocation/next";
    private static final String INIT_ERROR = PREFIX + "init/error";
    private static final String INVOCATION = PREFIX + "invocation/";
    /** AWS's limit for a synchronous response, as its error message gives it. */
    private static final int MAX_RESPONSE_BYTES = 6_291_556;
    /**
     * The function process compares its deadline with its own wall clock ({@code Date.now()}, {@code time.time()}),
     * so the deadline is given in that frame, whatever Clock Stratus runs on (a test clock may stand still).
     */
    private static final Clock PROCESS_CLOCK = Clock.systemUTC();
    private static final byte[] ACCEPTED = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);

    /** The header by which a runtime says it streams its response, and the value saying so. */
    private static final String RESPONSE_MODE = "Lambda-Runtime-Function-Response-Mode";
    private static final String STREAMING = "streaming";
    /** 20 MB: the most a streamed response may carry. */
    private static final int MAX_STREAMED_BYTES = 20 * 1024 * 1024;
    private static final int STREAM_BUFFER_BYTES = 16 * 1024;

    private final HttpServer server;
    private final Clock clock;
    private final BlockingQueue<Invocation> submitted = new LinkedBlockingQueue<>();
    private final AtomicReference<Invocation> running = new AtomicReference<>();
    /** The invocation the runtime answered last, until it asks for the next one. */
    private final AtomicReference<Invocation> answered = new AtomicReference<>();
    /** Completes with the {@link System#nanoTime()} of the runtime's first {@code next}, or when it can no longer come. */
    private final CompletableFuture<Long> initialized = new CompletableFuture<>();
    /** Once set, the runtime answers no more invocations: each ends with the outcome this gives its request id. */
    private volatile Function<String, RuntimeOutcome> gone;
    private volatile boolean initFailed;

    RuntimeApiServer(Clock clock) throws IOException {
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        server.createContext(PREFIX, this::handle);
        // Calls are handled on the server's own thread: a runtime makes one call at a time, and no thread
        // hand-off keeps a warm invocation fast.
        server.setExecutor(null);
        server.start();
    }

    /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** Completes once the runtime initialised (its first {@code next}) or failed to; the time, or 0 if it failed. */
    CompletableFuture<Long> initialized() {
        return initialized;
    }

    boolean initFailed() {
        return initFailed;
    }

    void submit(Invocation invocation) {
        submitted.add(invocation);
        Function<String, RuntimeOutcome> outcomeWhenGone = gone;
        if (outcomeWhenGone != null) {
            abandon(outcomeWhenGone);
        }
    }

    /** Ends the running and waiting invocations, and any submitted later: the runtime can no longer answer. */
    void abandon(Function<String, RuntimeOutcome> outcomeForRequestId) {
        gone = outcomeForRequestId;
        initialized.complete(0L);
        Invocation previous = answered.getAndSet(null);
        if (previous != null) {
            previous.release();
        }
        Invocation current = running.getAndSet(null);
        if (current != null) {
            current.finish(outcomeForRequestId.apply(current.requestId()));
            current.release();
        }
        List<Invocation> waiting = new ArrayList<>();
        submitted.drainTo(waiting);
        for (Invocation invocation : waiting) {
            if (invocation == Invocation.NONE) {
                submitted.add(Invocation.NONE);
            } else {
                invocation.finish(outcomeForRequestId.apply(invocation.requestId()));
                invocation.release();
            }
        }
    }

    @Override
    public void close() {
        submitted.add(Invocation.NONE);
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if ("GET".equals(method) && NEXT.equals(path)) {
                next(exchange);
            } else if ("POST".equals(method) && INIT_ERROR.equals(path)) {
                initError(exchange);
            } else if ("POST".equals(method) && path.startsWith(INVOCATION) && path.endsWith("/response")) {
                answer(exchange, path.substring(INVOCATION.length(), path.length() - "/response".length()), false);
            } else if ("POST".equals(method) && path.startsWith(INVOCATION) && path.endsWith("/error")) {
                answer(exchange, path.substring(INVOCATION.length(), path.length() - "/error".length()), true);
            } else {
                send(exchange, 404, ErrorPayloads.of("InvalidRequest", "Unknown runtime API call " + method + " " + path));
            }
        } finally {
            exchange.close();
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        initialized.complete(System.nanoTime());
        Invocation previous = answered.getAndSet(null);
        if (previous != null) {
            previous.release();
        }
        Invocation invocation;
        try {
            invocation = submitted.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (invocation == Invocation.NONE) {
            submitted.add(Invocation.NONE);
            return;
        }
        InvocationRequest request = invocation.request();
        running.set(invocation);
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Lambda-Runtime-Aws-Request-Id", request.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms",
                Long.toString(PROCESS_CLOCK.millis() + request.function().timeoutSeconds() * 1000L));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", request.function().qualifiedFunctionArn());
        headers.set("Lambda-Runtime-Trace-Id", traceId());
        if (request.clientContext() != null) {
            headers.set("Lambda-Runtime-Client-Context", request.clientContext());
        }
        invocation.pickUp();
        send(exchange, 200, request.payload());
    }

    private void answer(HttpExchange exchange, String requestId, boolean failed) throws IOException {
        Invocation invocation = running.get();
        if (invocation == null || !invocation.requestId().equals(requestId)) {
            send(exchange, 400, ErrorPayloads.of("InvalidRequestID", "Invalid request ID"));
            return;
        }
        boolean streaming = !failed && STREAMING.equalsIgnoreCase(exchange.getRequestHeaders().getFirst(RESPONSE_MODE));
        int limit = streaming ? MAX_STREAMED_BYTES : MAX_RESPONSE_BYTES;
        byte[] body = streaming ? readStreamed(exchange, invocation.request(), limit)
                : exchange.getRequestBody().readNBytes(limit + 1);
        if (!running.compareAndSet(invocation, null)) {
            send(exchange, 400, ErrorPayloads.of("InvalidRequestID", "Invalid request ID"));
            return;
        }
        answered.set(invocation);
        if (body.length > limit) {
            invocation.finish(RuntimeOutcome.error(ErrorPayloads.of("Function.ResponseSizeTooLarge",
                    "Response payload size exceeded maximum allowed payload size (" + limit + " bytes).")));
            send(exchange, 413, ErrorPayloads.of("RequestEntityTooLarge", "Response payload too large"));
            return;
        }
        if (failed) {
            invocation.finish(RuntimeOutcome.error(body.length > 0 ? body
                    : ErrorPayloads.of("Unhandled", "Unknown application error occurred")));
        } else {
            invocation.finish(RuntimeOutcome.response(body));
        }
        send(exchange, 202, ACCEPTED);
    }

    /**
     * Reads a response the runtime streams (chunked), handing each piece to the caller as it arrives when the caller
     * takes chunks; the whole response, or {@code limit + 1} bytes of it when it is larger.
     */
    private static byte[] readStreamed(HttpExchange exchange, InvocationRequest request, int limit) throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        byte[] buffer = new byte[STREAM_BUFFER_BYTES];
        InputStream in = exchange.getRequestBody();
        for (int read = in.read(buffer); read >= 0 && whole.size() <= limit; read = in.read(buffer)) {
            if (read > 0 && request.chunks() != null) {
                request.chunks().accept(Arrays.copyOf(buffer, read));
            }
            whole.write(buffer, 0, read);
        }
        return whole.toByteArray();
    }

    private void initError(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readNBytes(MAX_RESPONSE_BYTES);
        byte[] failure = body.length > 0 ? body : ErrorPayloads.of("Runtime.Unknown", "The runtime failed to initialise");
        initFailed = true;
        abandon(requestId -> RuntimeOutcome.error(failure));
        send(exchange, 202, ACCEPTED);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private String traceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] root = new byte[12];
        byte[] parent = new byte[8];
        random.nextBytes(root);
        random.nextBytes(parent);
        HexFormat hex = HexFormat.of();
        return "Root=1-" + Long.toHexString(clock.millis() / 1000) + "-" + hex.formatHex(root)
                + ";Parent=" + hex.formatHex(parent) + ";Sampled=0";
    }
}
