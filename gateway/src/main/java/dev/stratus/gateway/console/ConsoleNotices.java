package dev.stratus.gateway.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.ConsoleEvents;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's {@link ConsoleEvents}: hands each notice to the open pages of its account and region
 * ({@code api/events}, one server-sent event connection a page). A page's notices are coalesced: the first one
 * waits {@link NoticeSession#COALESCE_MILLIS} for others, and the same resource changing many times meanwhile goes
 * out once. One thread, owned by this object, writes every page's events and keep-alives.
 */
public final class ConsoleNotices implements ConsoleEvents, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleNotices.class);
    private static final long KEEP_ALIVE_SECONDS = 10;

    private final Set<NoticeSession> sessions = ConcurrentHashMap.newKeySet();
    private final ObjectMapper mapper;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "stratus-console-notices");
        thread.setDaemon(true);
        return thread;
    });

    public ConsoleNotices(ObjectMapper mapper) {
        this.mapper = mapper;
        writer.scheduleWithFixedDelay(() -> sessions.forEach(NoticeSession::keepAlive),
                KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void publish(Notice notice) {
        for (NoticeSession session : sessions) {
            if (session.wants(notice)) {
                session.offer(notice);
            }
        }
    }

    /** Opens a page's connection: it receives the notices of {@code accountId} and {@code region} until it ends. */
    void open(String accountId, String region, Response response, Callback callback) {
        NoticeSession session = new NoticeSession(accountId, region, mapper, writer, response, callback,
                sessions::remove);
        sessions.add(session);
        writer.execute(session::begin);
    }

    /** The number of pages listening, for tests. */
    int listening() {
        return sessions.size();
    }

    /** Sends what is pending, ends every page's connection and stops the writer thread. */
    @Override
    public void close() {
        try {
            writer.submit(() -> sessions.forEach(NoticeSession::end)).get(1, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            LOG.warn("The console's notices did not end cleanly: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            writer.shutdownNow();
        }
    }
}
