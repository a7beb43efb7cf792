package dev.stratus.benchmarks.dynamodb;

import dev.stratus.benchmarks.Report;
import dev.stratus.benchmarks.load.BatchWriteLoader;
import dev.stratus.benchmarks.load.BlockingClient;
import dev.stratus.benchmarks.server.Jcmd;
import dev.stratus.benchmarks.server.ServerProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

/**
 * Issue #13, memory: the distribution's {@code bin/stratus} (the in-memory engine) idle after its start, then holding
 * {@code items} items of about 200 bytes in one table, against the items' own size by DynamoDB's rule; then the
 * classes that fill the heap, per {@code jcmd GC.class_histogram}.
 */
public record MemoryBenchmark(Path distribution, long items, List<String> javaOptions, Path logDir) {

    /** How long an idle server is left alone before its memory is read, so start-up garbage and JIT work settle. */
    private static final long SETTLE_SECONDS = 5;
    private static final int HISTOGRAM_LINES = 12;

    public void run(Report report) throws IOException, InterruptedException {
        report.launcherSection("Memory of " + distribution.resolve("bin/stratus"), javaOptions);
        try (ServerProcess server = ServerProcess.distribution(distribution, javaOptions, logDir)) {
            TimeUnit.SECONDS.sleep(SETTLE_SECONDS);
            long idle = server.residentBytes();
            report.line("");
            report.line(String.format(Locale.ROOT, "- idle, %d s after health: RSS %.0f MB, %d threads, Java heap %s",
                    SETTLE_SECONDS, mb(idle), server.threads(), Jcmd.heapInfo(server)));
            DynamoDbRequests requests = new DynamoDbRequests("127.0.0.1", server.port());
            try (BlockingClient client = BlockingClient.open(server.address())) {
                client.ok(requests.createItemsTable());
            }
            long begin = System.nanoTime();
            new BatchWriteLoader(server.address(), requests::batchWriteItems, 4).load(items);
            double seconds = (System.nanoTime() - begin) / 1e9;
            long raw = LongStream.range(0, items).map(DynamoDbRequests::itemSize).sum();
            long loaded = server.residentBytes();
            report.line(String.format(Locale.ROOT, "- loaded %,d items (%.0f MB by DynamoDB's item-size rule) with "
                    + "BatchWriteItem in %.1f s (4 connections)", items, mb(raw), seconds));
            report.line(String.format(Locale.ROOT, "- loaded: RSS %.0f MB (%.2f× the items' size; peak %.0f MB), %d "
                    + "threads, Java heap %s", mb(loaded), (double) loaded / raw, mb(server.peakResidentBytes()),
                    server.threads(), Jcmd.heapInfo(server)));
            String heap = Jcmd.fullGcThenHeapInfo(server);
            long collected = server.residentBytes();
            report.line(String.format(Locale.ROOT, "- after a full GC (jcmd GC.run): RSS %.0f MB (%.2f× the items' "
                    + "size), Java heap %s", mb(collected), (double) collected / raw, heap));
            report.line("");
            report.line("Largest classes on the heap after the load (`jcmd <pid> GC.class_histogram`):");
            report.line("");
            report.line("```");
            Jcmd.run(server, "GC.class_histogram").lines().skip(1).limit(HISTOGRAM_LINES + 2).forEach(report::line);
            report.line("```");
        }
        report.machineLoad("end");
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
