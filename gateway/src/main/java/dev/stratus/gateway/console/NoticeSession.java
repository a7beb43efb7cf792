package dev.stratus.gateway.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.ConsoleEvents;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;

/**
 * One page's connection to the console's notices, as server-sent events: {@code ready} once open, then a
 * {@code change} event for each resource that changed ({@code {"service","kind","name"}}), and {@code reset} when
 * so many changed at once that the page had better read everything again. Every write happens on the notices'
 * writer thread; {@link #offer} only queues.
 */
final class NoticeSession {

    static final long COALESCE_MILLIS = 100;
    /** Changes kept for one flush; past it the page is told to read everything again. */
    private static final int MAX_PENDING = 200;

    private final String accountId;
    private final String region;
    private final ObjectMapper mapper;
    private final ScheduledExecutorService writer;
    private final Response response;
    private final Callback callback;
    private final Consumer<NoticeSession> onEnd;
    /** Guarded by {@code this}: the changes waiting for the next flush, and whether one is scheduled. */
    private final Set<ConsoleEvents.Notice> pending = new LinkedHashSet<>();
    private boolean overflowed;
    private boolean flushScheduled;
    /** Set once the connection is over. */
    private volatile boolean ended;

    NoticeSession(String accountId, String region, ObjectMapper mapper, ScheduledExecutorService writer,
                  Response response, Callback callback, Consumer<NoticeSession> onEnd) {
        this.accountId = accountId;
        this.region = region;
        this.mapper = mapper;
        this.writer = writer;
        this.response = response;
        this.callback = callback;
        this.onEnd = onEnd;
    }

    boolean wants(ConsoleEvents.Notice notice) {
        return notice.accountId().equals(accountId) && notice.region().equals(region);
    }

    synchronized void offer(ConsoleEvents.Notice notice) {
        if (pending.size() < MAX_PENDING) {
            pending.add(notice);
        } else {
            overflowed = true;
        }
        if (!flushScheduled) {
            flushScheduled = true;
            try {
                writer.schedule(this::flush, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopped) {
                flushScheduled = false;
            }
        }
    }

    void begin() {
        response.setStatus(200);
        response.getHeaders().put("Content-Type", "text/event-stream; charset=utf-8");
        response.getHeaders().put("Cache-Control", "no-cache");
        write("event: ready\ndata: {}\n\n");
    }

    void keepAlive() {
        write(": keep-alive\n\n");
    }

    private void flush() {
        List<ConsoleEvents.Notice> changes;
        boolean reset;
        synchronized (this) {
            changes = new ArrayList<>(pending);
            reset = overflowed;
            pending.clear();
            overflowed = false;
            flushScheduled = false;
        }
        StringBuilder events = new StringBuilder();
        if (reset) {
            events.append("event: reset\ndata: {}\n\n");
        }
        for (ConsoleEvents.Notice change : changes) {
            events.append("event: change\ndata: ").append(json(change)).append("\n\n");
        }
        if (events.length() > 0) {
            write(events.toString());
        }
    }

    private String json(ConsoleEvents.Notice change) {
        return mapper.createObjectNode().put("service", change.service()).put("kind", change.kind())
                .put("name", change.name()).toString();
    }

    private void write(String text) {
        if (ended) {
            return;
        }
        try (Blocker.Callback blocker = Blocker.callback()) {
            response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), blocker);
            blocker.block();
        } catch (IOException | RuntimeException gone) {
            ended = true;
            onEnd.accept(this);
            callback.failed(gone);
        }
    }

    /** Sends what is pending and ends the connection (the server stops); on the writer thread. */
    void end() {
        flush();
        if (!ended) {
            ended = true;
            onEnd.accept(this);
            callback.succeeded();
        }
    }
}
