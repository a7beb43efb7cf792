package dev.stratus.benchmarks.dynamodb;

import dev.stratus.benchmarks.Report;
import dev.stratus.benchmarks.load.BatchWriteLoader;
import dev.stratus.benchmarks.load.BlockingClient;
import dev.stratus.benchmarks.load.Latencies;
import dev.stratus.benchmarks.load.LoadDriver;
import dev.stratus.benchmarks.load.LoadResult;
import dev.stratus.benchmarks.load.RequestSource;
import dev.stratus.benchmarks.server.Jcmd;
import dev.stratus.benchmarks.server.ServerProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue #2, DynamoDB: the distribution's {@code bin/stratus} with the in-memory engine, loaded with {@code items}
 * items of about 200 bytes; its resident memory; GetItem, Query (10 items), Scan (pages of 10) and PutItem at each
 * connection count; and, when DynamoDB Streams answers, PutItem on a streamed table and write-to-GetRecords
 * visibility.
 */
public final class DynamoDbBenchmark {

    private static final String WRITES = "bench-writes";
    private static final String STREAMED = "bench-streamed";
    /** PutItem cycles over this many keys: inserts first, then overwrites, so memory stays bounded. */
    private static final long PUT_KEYS = 200_000;
    private static final int VISIBILITY_WRITES = 2_000;

    private final Path distribution;
    private final LoadDriver.Plan plan;
    private final List<Integer> connections;
    private final long items;
    private final List<String> javaOptions;
    private final Path logDir;

    public DynamoDbBenchmark(Path distribution, LoadDriver.Plan plan, List<Integer> connections, long items,
                             List<String> javaOptions, Path logDir) {
        this.distribution = distribution;
        this.plan = plan;
        this.connections = connections;
        this.items = items;
        this.javaOptions = javaOptions;
        this.logDir = logDir;
    }

    public void run(Report report) throws IOException, InterruptedException {
        report.launcherSection("DynamoDB (in-memory engine) through " + distribution.resolve("bin/stratus"), javaOptions);
        try (ServerProcess server = ServerProcess.distribution(distribution, javaOptions, logDir)) {
            DynamoDbRequests requests = new DynamoDbRequests("127.0.0.1", server.port());
            report.line("");
            report.line(String.format(Locale.ROOT, "- RSS idle: %.0f MB", mb(server.residentBytes())));
            try (BlockingClient client = BlockingClient.open(server.address())) {
                client.ok(requests.createItemsTable());
                client.ok(requests.createWritesTable(WRITES, false));
            }
            long begin = System.nanoTime();
            new BatchWriteLoader(server.address(), requests::batchWriteItems, 4).load(items);
            double seconds = (System.nanoTime() - begin) / 1e9;
            report.line(String.format(Locale.ROOT, "- loaded %,d items of ~200 bytes with BatchWriteItem in %.1f s "
                    + "(%,.0f items/s, 4 connections)", items, seconds, items / seconds));
            long loadedRss = server.residentBytes();
            String heap = Jcmd.fullGcThenHeapInfo(server);
            report.line(String.format(Locale.ROOT, "- RSS with %,d items: %.0f MB; after a full GC (jcmd GC.run): %.0f MB, "
                    + "Java heap %s", items, mb(loadedRss), mb(server.residentBytes()), heap));
            report.line("");
            report.line(LoadResult.tableHeader());
            rows(report, server, "GetItem", connection -> requests.getItem(randomItem()));
            rows(report, server, "Query (10 items)", connection -> requests.query(randomItem()));
            rows(report, server, "Scan (Limit 10)", connection -> requests.scan(randomItem()));
            AtomicLong puts = new AtomicLong();
            List<LoadResult> plain = rows(report, server, "PutItem", connection -> putItem(requests, WRITES, puts));
            streams(report, server, requests, plain);
            report.line(String.format(Locale.ROOT, "- RSS at the end: %.0f MB", mb(server.residentBytes())));
        }
        report.machineLoad("end");
    }

    private void streams(Report report, ServerProcess server, DynamoDbRequests requests, List<LoadResult> plain)
            throws IOException {
        StreamVisibility visibility = new StreamVisibility(server.address(), requests);
        if (!visibility.available()) {
            report.line("");
            report.line("- DynamoDB Streams does not answer on this build: no streamed PutItem or visibility figures.");
            return;
        }
        try (BlockingClient client = BlockingClient.open(server.address())) {
            client.ok(requests.createWritesTable(STREAMED, true));
        }
        AtomicLong puts = new AtomicLong();
        List<LoadResult> streamed = rows(report, server, "PutItem, stream NEW_AND_OLD_IMAGES",
                connection -> putItem(requests, STREAMED, puts));
        report.line("");
        for (int i = 0; i < connections.size(); i++) {
            report.line(String.format(Locale.ROOT, "- %d connections: PutItem with a stream does %.1f%% of the req/s "
                            + "without, at %.2f× the server CPU per request", connections.get(i),
                    100 * streamed.get(i).perSecond() / plain.get(i).perSecond(),
                    streamed.get(i).serverCpuMicrosPerRequest() / plain.get(i).serverCpuMicrosPerRequest()));
        }
        Latencies.Sorted visible = visibility.measure(STREAMED, VISIBILITY_WRITES);
        report.line(String.format(Locale.ROOT, "- write-to-GetRecords visibility over %d writes (PutItem sent → first "
                        + "GetRecords answer holding it, reader polling back to back): p50 %.2f ms, p99 %.2f ms",
                visible.count(), visible.percentileMicros(0.5) / 1_000, visible.percentileMicros(0.99) / 1_000));
    }

    private List<LoadResult> rows(Report report, ServerProcess server, String label, RequestSource source)
            throws IOException {
        List<LoadResult> results = new ArrayList<>();
        for (int count : connections) {
            LoadResult result = LoadDriver.run(server.address(), source, plan.withLabel(label).withConnections(count),
                    server::cpuNanos);
            report.line(result.tableRow());
            if (result.errors() > 0) {
                report.line("| ↳ first error: " + result.firstError().replace('|', '/') + " | | | | | | | | |");
            }
            results.add(result);
        }
        return results;
    }

    private static byte[] putItem(DynamoDbRequests requests, String table, AtomicLong puts) {
        long number = puts.incrementAndGet();
        return requests.putItem(table, "put-" + number % PUT_KEYS, number);
    }

    private long randomItem() {
        return ThreadLocalRandom.current().nextLong(items);
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
