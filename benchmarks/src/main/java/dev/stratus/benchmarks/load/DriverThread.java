package dev.stratus.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Drives a share of the connections from one selector: as soon as a response is complete, the connection sends its
 * next request. Responses completed inside the measured window are counted; the rest only keep the loop closed.
 */
final class DriverThread implements Runnable {

    private static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final List<Connection> connections;
    private final RequestSource requests;
    private final long measureFrom;
    private final long measureUntil;
    private final Latencies latencies = new Latencies();
    private long errors;
    private String firstError = "";
    private long lastProgress;
    private volatile RuntimeException failure;

    DriverThread(List<Connection> connections, RequestSource requests, long measureFrom, long measureUntil) {
        this.connections = connections;
        this.requests = requests;
        this.measureFrom = measureFrom;
        this.measureUntil = measureUntil;
    }

    @Override
    public void run() {
        try (Selector selector = Selector.open()) {
            lastProgress = System.nanoTime();
            for (Connection connection : connections) {
                boolean written = connection.send(requests.next(connection.id()), System.nanoTime());
                connection.channel().register(selector, written ? SelectionKey.OP_READ : SelectionKey.OP_WRITE, connection);
            }
            long now;
            while ((now = System.nanoTime()) < measureUntil) {
                if (now - lastProgress > STALL_NANOS) {
                    throw new IllegalStateException("No response for 10 s on any of " + connections.size() + " connections");
                }
                selector.select(this::ready, Math.max(1, Math.min(100, (measureUntil - now) / 1_000_000)));
            }
        } catch (IOException e) {
            failure = new UncheckedIOException(e);
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            connections.forEach(Connection::close);
        }
    }

    private void ready(SelectionKey key) {
        Connection connection = (Connection) key.attachment();
        try {
            if (key.isWritable()) {
                if (connection.flush()) {
                    key.interestOps(SelectionKey.OP_READ);
                }
                return;
            }
            if (!connection.read()) {
                return;
            }
            long completed = System.nanoTime();
            lastProgress = completed;
            if (completed >= measureFrom && completed < measureUntil) {
                latencies.add(completed - connection.sentAt());
                if (connection.status() >= 300) {
                    recordError(connection);
                }
            }
            connection.next();
            if (!connection.send(requests.next(connection.id()), System.nanoTime())) {
                key.interestOps(SelectionKey.OP_WRITE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recordError(Connection connection) {
        if (errors++ == 0) {
            firstError = connection.status() + " " + connection.body();
        }
    }

    Latencies latencies() {
        return latencies;
    }

    long errors() {
        return errors;
    }

    String firstError() {
        return firstError;
    }

    void rethrowFailure() {
        if (failure != null) {
            throw failure;
        }
    }
}
