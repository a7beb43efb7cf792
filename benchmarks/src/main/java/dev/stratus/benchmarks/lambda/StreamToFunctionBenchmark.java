package dev.stratus.benchmarks.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.benchmarks.Report;
import dev.stratus.benchmarks.load.BlockingClient;
import dev.stratus.benchmarks.load.Latencies;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Issue #7: a DynamoDB write reaching a warm Node.js function through an event source mapping on the table's stream.
 * The function writes down its start time (epoch ms, same machine and clock as this process), so a put's latency is
 * from its acknowledgement (and from its sending) to the handler's start. Then the delivery rate with BatchSize 100.
 */
final class StreamToFunctionBenchmark {

    private static final String RUNTIME = "nodejs20.x";
    private static final int BATCH_WRITE_LIMIT = 25;

    private final InetSocketAddress server;
    private final LambdaRequests requests;
    private final LambdaPlan plan;
    private final Path workDir;
    private final ObjectMapper mapper = new ObjectMapper();

    StreamToFunctionBenchmark(InetSocketAddress server, LambdaRequests requests, LambdaPlan plan, Path workDir) {
        this.server = server;
        this.requests = requests;
        this.plan = plan;
        this.workDir = workDir;
    }

    void run(Report report) throws IOException, InterruptedException {
        report.line("### DynamoDB stream to Lambda (issue #7)");
        report.line("");
        report.line("A " + RUNTIME + " function behind an event source mapping (StartingPosition LATEST, "
                + "MaximumBatchingWindowInSeconds 0) on a NEW_IMAGE stream; it appends its start time to a file. Same "
                + "machine, same wall clock.");
        report.line("");
        report.machineLoad("Before");
        report.line("");
        try (BlockingClient client = BlockingClient.open(server)) {
            latency(report, client);
            report.machineLoad("After latency");
            report.line("");
            deliveryRate(report, client);
            report.machineLoad("After delivery rate");
            report.line("");
        }
    }

    private void latency(Report report, BlockingClient client) throws IOException, InterruptedException {
        HandlerRecords records = mappedFunction(client, "bench-esm-latency", 1).records();
        Latencies fromAck = new Latencies();
        Latencies fromSend = new Latencies();
        int early = 0;
        for (int i = 0; i < plan.puts(); i++) {
            String key = "put-" + i;
            double sentAt = epochMillis();
            client.ok(requests.putItem("bench-esm-latency", key));
            double ackAt = epochMillis();
            double startedAt = awaitKeys(records, List.of(key)).get(0).startedAtMillis();
            if (startedAt < ackAt) {
                early++;
            }
            fromAck.add(Math.max(0, Math.round((startedAt - ackAt) * 1e6)));
            fromSend.add(Math.round((startedAt - sentAt) * 1e6));
        }
        Latencies.Sorted ack = Latencies.merge(List.of(fromAck));
        Latencies.Sorted send = Latencies.merge(List.of(fromSend));
        report.line(String.format(Locale.ROOT, "Put-to-function latency, BatchSize 1, %d PutItem one after another, each "
                        + "awaited in the function before the next:", plan.puts()));
        report.line("");
        report.line("| measured from | p50 ms | p99 ms | max ms |");
        report.line("|---|---:|---:|---:|");
        report.line(String.format(Locale.ROOT, "| PutItem acknowledged (response read) | %.2f | %.2f | %.2f |",
                ack.percentileMicros(0.5) / 1e3, ack.percentileMicros(0.99) / 1e3, ack.percentileMicros(1.0) / 1e3));
        report.line(String.format(Locale.ROOT, "| PutItem sent | %.2f | %.2f | %.2f |", send.percentileMicros(0.5) / 1e3,
                send.percentileMicros(0.99) / 1e3, send.percentileMicros(1.0) / 1e3));
        report.line("");
        report.line(early + " of " + plan.puts() + " handlers started before the client had read the PutItem response "
                + "(counted as 0 ms in the first row).");
        report.line("");
    }

    private void deliveryRate(Report report, BlockingClient client) throws IOException, InterruptedException {
        String table = "bench-esm-rate";
        Mapped mapped = mappedFunction(client, table, 100);
        double firstSentAt = epochMillis();
        long start = System.nanoTime();
        List<String> live = writeItems(client, table, "live-");
        double putSeconds = (System.nanoTime() - start) / 1e9;
        List<HandlerRecords.Invocation> invocations = awaitKeys(mapped.records(), live);
        double liveSeconds = (lastStart(invocations) - firstSentAt) / 1e3;
        report.line(String.format(Locale.ROOT, "Delivery rate, BatchSize 100, while writing: %d items written with "
                        + "BatchWriteItem (25 a call, one connection) in %.2f s (%,.0f items/s); the function had seen all of "
                        + "them (start of the last invocation) %.2f s after the first write was sent: **%,.0f records/s**, in "
                        + "%d invocations (%.1f records each on average). This rate is bounded by the writing.", live.size(),
                putSeconds, live.size() / putSeconds, liveSeconds, live.size() / liveSeconds, invocations.size(),
                (double) live.size() / invocations.size()));
        report.line("");
        setEnabled(client, mapped.uuid(), false);
        List<String> backlog = writeItems(client, table, "backlog-");
        double enabledAt = epochMillis();
        setEnabled(client, mapped.uuid(), true);
        List<HandlerRecords.Invocation> drained = awaitKeys(mapped.records(), backlog);
        double drainSeconds = (lastStart(drained) - enabledAt) / 1e3;
        report.line(String.format(Locale.ROOT, "Delivery rate, BatchSize 100, from a backlog: %d items written while the "
                        + "mapping was disabled; from UpdateEventSourceMapping Enabled=true to the start of the last "
                        + "invocation %.2f s: **%,.0f records/s**, in %d invocations (%.1f records each on average).",
                backlog.size(), drainSeconds, backlog.size() / drainSeconds, drained.size(),
                (double) backlog.size() / drained.size()));
        report.line("");
    }

    private List<String> writeItems(BlockingClient client, String table, String prefix) throws IOException {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < plan.batchItems(); i++) {
            keys.add(prefix + i);
        }
        for (int from = 0; from < keys.size(); from += BATCH_WRITE_LIMIT) {
            JsonNode answer = mapper.readTree(client.ok(requests.batchPut(table,
                    keys.subList(from, Math.min(keys.size(), from + BATCH_WRITE_LIMIT)))));
            if (!answer.path("UnprocessedItems").isEmpty()) {
                throw new IllegalStateException("BatchWriteItem left items unprocessed: " + answer);
            }
        }
        return keys;
    }

    private static double lastStart(List<HandlerRecords.Invocation> invocations) {
        return invocations.stream().mapToDouble(HandlerRecords.Invocation::startedAtMillis).max().orElseThrow();
    }

    private void setEnabled(BlockingClient client, String uuid, boolean enabled) throws IOException, InterruptedException {
        client.ok(requests.enableMapping(uuid, enabled));
        awaitState(client, uuid, enabled ? "Enabled" : "Disabled");
    }

    private void awaitState(BlockingClient client, String uuid, String state) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + plan.deliveryLimit().toNanos();
        while (!state.equals(mapper.readTree(client.ok(requests.getMapping(uuid))).path("State").asText())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The mapping " + uuid + " was not " + state + " in time");
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }

    /** A mapping and the file its function records to. */
    private record Mapped(String uuid, HandlerRecords records) {
    }

    /** A streamed table, a recording function and a mapping between them, enabled and proven to deliver. */
    private Mapped mappedFunction(BlockingClient client, String name, int batchSize)
            throws IOException, InterruptedException {
        HandlerRecords records = new HandlerRecords(workDir.resolve(name + ".records"));
        String streamArn = mapper.readTree(client.ok(requests.createStreamedTable(name))).path("TableDescription")
                .path("LatestStreamArn").asText();
        client.ok(requests.createFunction(name, FunctionCode.nodejs(RUNTIME),
                Map.of("RECORD_FILE", records.file().toString())));
        String uuid = mapper.readTree(client.ok(requests.createMapping(name, streamArn, batchSize))).path("UUID").asText();
        awaitState(client, uuid, "Enabled");
        for (int i = 0; i < 20; i++) {
            String key = "warm-up-" + i;
            client.ok(requests.putItem(name, key));
            awaitKeys(records, List.of(key));
        }
        return new Mapped(uuid, records);
    }

    /** Waits until the function has got every key; returns the invocations seen meanwhile. */
    private List<HandlerRecords.Invocation> awaitKeys(HandlerRecords records, List<String> keys)
            throws IOException, InterruptedException {
        Set<String> missing = new HashSet<>(keys);
        List<HandlerRecords.Invocation> seen = new ArrayList<>();
        long deadline = System.nanoTime() + plan.deliveryLimit().toNanos();
        while (!missing.isEmpty()) {
            for (HandlerRecords.Invocation invocation : records.poll()) {
                if (missing.removeAll(invocation.keys())) {
                    seen.add(invocation);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(missing.size() + " records had not reached the function after "
                        + plan.deliveryLimit());
            }
            if (!missing.isEmpty()) {
                TimeUnit.MICROSECONDS.sleep(200);
            }
        }
        return seen;
    }

    private static double epochMillis() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1e3 + now.getNano() / 1e6;
    }
}
