package dev.stratus.benchmarks.dynamodb;

import dev.stratus.benchmarks.Arguments;
import dev.stratus.benchmarks.Report;
import dev.stratus.benchmarks.load.BatchWriteLoader;
import dev.stratus.benchmarks.load.BlockingClient;
import dev.stratus.benchmarks.load.LoadDriver;
import dev.stratus.benchmarks.load.LoadResult;
import dev.stratus.benchmarks.load.RequestSource;
import dev.stratus.benchmarks.server.ServerProcess;
import dev.stratus.spi.Durations;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue #13's peer run: the distribution's {@code bin/stratus} (in-memory) and a peer emulator (dynalite, started
 * from {@code peer-command}) side by side in one run, both holding the same table ({@code pk}/{@code sk}, items of
 * about 1 kB), driven by the same load: PutItem (overwrites), GetItem and Query of a partition's 10 items at each
 * connection count. The two servers take turns row by row, the first of each pair alternating, so a change of the
 * machine's load weighs on both alike; before an operation's rows, each server gets one unmeasured run of it
 * ({@code jit-warmup}) at the highest connection count, for Stratus's JIT compilers. Prints Stratus's ratio to the
 * peer and both p99s. Run from the repository root with {@code benchmarks/run-peer.sh [name=value...]}, the names
 * and defaults being those of {@link #DEFAULTS}.
 */
public final class PeerBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(PeerBenchmark.class);

    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("peer-command", ""),
            Map.entry("peer-name", "dynalite 4.0.0"),
            Map.entry("connections", "1,16,64"),
            Map.entry("warmup", "3s"),
            Map.entry("jit-warmup", "10s"),
            Map.entry("measure", "8s"),
            Map.entry("items", "10000"),
            Map.entry("payload", "1000"),
            Map.entry("server-jvm-options", ""),
            Map.entry("distribution", "distribution/target/stratus"),
            Map.entry("out", "benchmarks/target/results"));

    private static final int LOAD_CONNECTIONS = 4;

    private final Map<String, String> options;
    private final long items;
    /** Rows run so far: which server goes first alternates with it. */
    private int pairsRun;

    private PeerBenchmark(Map<String, String> options) {
        this.options = options;
        this.items = Long.parseLong(options.get("items"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(args, DEFAULTS);
        if (options.get("peer-command").isBlank()) {
            throw new IllegalArgumentException("peer-command=... is required: the peer's command line, {port} for its port");
        }
        Path out = Path.of(options.get("out"));
        Report report = new Report(out.resolve("peer-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md"));
        new PeerBenchmark(options).run(report, out.resolve("server-logs"));
        LOG.info("Figures written to {}", report.file());
    }

    private void run(Report report, Path logs) throws IOException, InterruptedException {
        List<String> javaOptions = Arguments.words(options.get("server-jvm-options"));
        report.launcherSection("Stratus against " + options.get("peer-name") + ", in one run (" + items + " items of "
                + "~" + options.get("payload") + " bytes of payload)", javaOptions);
        int payload = Integer.parseInt(options.get("payload"));
        try (ServerProcess stratus = ServerProcess.distribution(Path.of(options.get("distribution")), javaOptions, logs);
             ServerProcess peer = ServerProcess.command("peer", Arguments.words(options.get("peer-command")), logs)) {
            List<Target> targets = List.of(
                    new Target("Stratus", stratus, new DynamoDbRequests("127.0.0.1", stratus.port(), payload)),
                    new Target(options.get("peer-name"), peer, new DynamoDbRequests("127.0.0.1", peer.port(), payload)));
            for (Target target : targets) {
                load(report, target);
            }
            report.line("");
            report.line(LoadResult.tableHeader());
            List<Pair> pairs = new ArrayList<>();
            pairs.addAll(rows(report, targets, "PutItem", requests -> connection -> requests.putItem(randomItem())));
            pairs.addAll(rows(report, targets, "GetItem", requests -> connection -> requests.getItem(randomItem())));
            pairs.addAll(rows(report, targets, "Query (10 items)", requests -> connection -> requests.query(randomItem())));
            report.line("");
            report.line("| op | connections | " + options.get("peer-name") + " req/s | Stratus req/s | Stratus ÷ peer "
                    + "| peer p99 ms | Stratus p99 ms |");
            report.line("|---|---:|---:|---:|---:|---:|---:|");
            pairs.forEach(pair -> report.line(pair.row()));
        }
        report.machineLoad("end");
    }

    private void load(Report report, Target target) throws IOException, InterruptedException {
        try (BlockingClient client = BlockingClient.open(target.server().address())) {
            client.ok(target.requests().createItemsTable());
            awaitActive(client, target.requests());
        }
        long begin = System.nanoTime();
        new BatchWriteLoader(target.server().address(), target.requests()::batchWriteItems, LOAD_CONNECTIONS).load(items);
        report.line(String.format(Locale.ROOT, "- %s: loaded %,d items with BatchWriteItem in %.1f s", target.name(),
                items, (System.nanoTime() - begin) / 1e9));
    }

    /** A peer may answer CreateTable with CREATING, as AWS does. */
    private static void awaitActive(BlockingClient client, DynamoDbRequests requests) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (client.ok(requests.describeTable(DynamoDbRequests.ITEMS)).contains("\"TableStatus\":\"ACTIVE\"")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Table " + DynamoDbRequests.ITEMS + " did not become ACTIVE");
    }

    private List<Pair> rows(Report report, List<Target> targets, String label,
                            Function<DynamoDbRequests, RequestSource> sources) throws IOException {
        LoadDriver.Plan plan = new LoadDriver.Plan(label, 1, 1, Durations.parse(options.get("warmup")),
                Durations.parse(options.get("measure")));
        List<Integer> connections = Arguments.integers(options.get("connections"));
        LoadDriver.Plan jitWarmUp = new LoadDriver.Plan(label, connections.get(connections.size() - 1), 1,
                Duration.ZERO, Durations.parse(options.get("jit-warmup")));
        for (Target target : targets) {
            LoadDriver.run(target.server().address(), sources.apply(target.requests()), jitWarmUp);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int count : connections) {
            LoadResult[] results = new LoadResult[targets.size()];
            for (int turn = 0; turn < targets.size(); turn++) {
                int index = (turn + pairsRun) % targets.size();
                Target target = targets.get(index);
                results[index] = LoadDriver.run(target.server().address(), sources.apply(target.requests()),
                        plan.withLabel(label + ", " + target.name()).withConnections(count), target.server()::cpuNanos);
                report.line(results[index].tableRow());
                if (results[index].errors() > 0) {
                    report.line("| ↳ first error: " + results[index].firstError().replace('|', '/') + " | | | | | | | | |");
                }
            }
            pairsRun++;
            pairs.add(new Pair(label, count, results[0], results[1]));
        }
        return pairs;
    }

    private long randomItem() {
        return ThreadLocalRandom.current().nextLong(items);
    }

    private record Target(String name, ServerProcess server, DynamoDbRequests requests) {
    }

    private record Pair(String op, int connections, LoadResult stratus, LoadResult peer) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | %.2f× | %.2f | %.2f |", op, connections,
                    peer.perSecond(), stratus.perSecond(), stratus.perSecond() / peer.perSecond(),
                    peer.p99Micros() / 1_000, stratus.p99Micros() / 1_000);
        }
    }
}
