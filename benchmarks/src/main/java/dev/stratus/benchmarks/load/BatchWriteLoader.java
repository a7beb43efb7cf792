package dev.stratus.benchmarks.load;

import dev.stratus.benchmarks.load.BlockingClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Writes items 0 to N-1 with BatchWriteItem (25 a call) over a few connections, each its own share. */
public final class BatchWriteLoader {

    /** The BatchWriteItem request, as wire bytes, that writes items {@code from} (inclusive) to {@code to}. */
    @FunctionalInterface
    public interface BatchWrites {
        byte[] batchWriteItems(long from, long to);
    }

    private static final int BATCH = 25;

    private final InetSocketAddress server;
    private final BatchWrites requests;
    private final int connections;

    public BatchWriteLoader(InetSocketAddress server, BatchWrites requests, int connections) {
        this.server = server;
        this.requests = requests;
        this.connections = connections;
    }

    public void load(long items) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> shares = new ArrayList<>();
            long share = (items + connections - 1) / connections;
            for (int c = 0; c < connections; c++) {
                long from = c * share;
                long to = Math.min(items, from + share);
                shares.add(pool.submit(() -> write(from, to)));
            }
            for (Future<?> done : shares) {
                done.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Loading the items failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void write(long from, long to) {
        try (BlockingClient client = BlockingClient.open(server)) {
            for (long batch = from; batch < to; batch += BATCH) {
                String body = client.ok(requests.batchWriteItems(batch, Math.min(to, batch + BATCH)));
                if (!body.contains("\"UnprocessedItems\":{}")) {
                    throw new IllegalStateException("BatchWriteItem left items unprocessed: " + body);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
