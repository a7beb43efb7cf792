package dev.stratus.benchmarks.storage;

import dev.stratus.benchmarks.Arguments;
import dev.stratus.benchmarks.Report;
import dev.stratus.benchmarks.load.BatchWriteLoader;
import dev.stratus.benchmarks.load.BlockingClient;
import dev.stratus.benchmarks.load.LoadDriver;
import dev.stratus.benchmarks.load.LoadResult;
import dev.stratus.benchmarks.load.RequestSource;
import dev.stratus.benchmarks.server.BenchServer;
import dev.stratus.benchmarks.server.ServerProcess;
import dev.stratus.benchmarks.startup.StartupTimes;
import dev.stratus.spi.Durations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue #8: the durable storage engine. Stratus runs in a JVM of its own ({@code BenchServer stratus}) and is
 * driven over loopback with raw HTTP, as the other DynamoDB figures. Measures (1) PutItem and GetItem throughput on
 * each engine (in-memory, RocksDB, RocksDB with {@code fsync=true}) and (2) launch-to-health time of a data directory
 * holding {@code items} items (the item tallies stored) against a new, empty one. Figures go to
 * {@code out/storage-<date>.md}; run from the repository root with {@code benchmarks/run-storage.sh [name=value...]},
 * the names and defaults being those of {@link #DEFAULTS}.
 */
public final class StorageEngineBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(StorageEngineBenchmark.class);

    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("only", "throughput,restart"),
            Map.entry("engines", "memory,rocksdb,rocksdb-fsync"),
            Map.entry("connections", "1,16"),
            Map.entry("warmup", "3s"),
            Map.entry("measure", "10s"),
            Map.entry("items", "1000000"),
            Map.entry("starts", "5"),
            Map.entry("server-jvm-options", ""),
            Map.entry("out", "benchmarks/target/results"));

    /** PutItem cycles over this many keys: inserts first, then overwrites, and GetItem reads among them. */
    private static final long PUT_KEYS = 100_000;
    private static final int LOAD_CONNECTIONS = 4;
    private static final Pattern ITEM_COUNT = Pattern.compile("\"ItemCount\":(\\d+)");

    private final Map<String, String> options;
    private final Path work;
    private final Path logs;

    private StorageEngineBenchmark(Map<String, String> options, Path work, Path logs) {
        this.options = options;
        this.work = work;
        this.logs = logs;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(args, DEFAULTS);
        Path out = Path.of(options.get("out"));
        String started = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Report report = new Report(out.resolve("storage-" + started + ".md"));
        report.line("## Durable storage, run of " + LocalDateTime.now() + " (" + String.join(" ", args) + ")");
        report.line("");
        report.line("Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores; Stratus in its "
                + "own JVM (`BenchServer stratus`, JVM options: " + or(options.get("server-jvm-options"), "none")
                + "), driven over loopback HTTP/1.1 keep-alive by the raw-HTTP load driver (no SDK); items of ~200 bytes.");
        StorageEngineBenchmark benchmark = new StorageEngineBenchmark(options,
                Files.createDirectories(out.resolve("storage-work").resolve(started)).toAbsolutePath(),
                out.resolve("server-logs"));
        List<String> only = list(options.get("only"));
        if (only.contains("throughput")) {
            benchmark.throughput(report);
        }
        if (only.contains("restart")) {
            benchmark.restart(report);
        }
        LOG.info("Figures written to {}", report.file());
    }

    private void throughput(Report report) throws IOException, InterruptedException {
        report.line("");
        report.line("### PutItem and GetItem per engine (PutItem over " + PUT_KEYS + " keys, inserts then overwrites; "
                + "GetItem of a random key written)");
        report.machineLoad("start");
        report.line("");
        report.line(LoadResult.tableHeader());
        LoadDriver.Plan plan = new LoadDriver.Plan("", 1, 1, Durations.parse(options.get("warmup")),
                Durations.parse(options.get("measure")));
        for (String engine : list(options.get("engines"))) {
            Path dataDir = work.resolve(engine);
            try (ServerProcess server = start(engineSettings(engine, dataDir))) {
                StorageRequests requests = new StorageRequests("127.0.0.1", server.port());
                try (BlockingClient client = BlockingClient.open(server.address())) {
                    client.ok(requests.createTable());
                }
                AtomicLong puts = new AtomicLong();
                rows(report, server, plan.withLabel("PutItem, " + engine),
                        connection -> requests.putItem(puts.getAndIncrement() % PUT_KEYS));
                long written = Math.max(1, Math.min(puts.get(), PUT_KEYS));
                rows(report, server, plan.withLabel("GetItem, " + engine),
                        connection -> requests.getItem(ThreadLocalRandom.current().nextLong(written)));
            }
            deleteRecursively(dataDir);
        }
        report.machineLoad("end");
    }

    private void rows(Report report, ServerProcess server, LoadDriver.Plan plan, RequestSource source) throws IOException {
        for (int count : integers(options.get("connections"))) {
            LoadResult result = LoadDriver.run(server.address(), source, plan.withConnections(count), server::cpuNanos);
            report.line(result.tableRow());
            if (result.errors() > 0) {
                report.line("| ↳ first error: " + result.firstError().replace('|', '/') + " | | | | | | | | |");
            }
        }
    }

    private void restart(Report report) throws IOException, InterruptedException {
        long items = Long.parseLong(options.get("items"));
        int starts = Integer.parseInt(options.get("starts"));
        Path loaded = work.resolve("restart-" + items);
        report.line("");
        report.line(String.format(Locale.ROOT, "### Restart of a RocksDB data directory with %,d items", items));
        report.machineLoad("start");
        report.line("");
        try (ServerProcess server = start(List.of("data-dir=" + loaded))) {
            StorageRequests requests = new StorageRequests("127.0.0.1", server.port());
            try (BlockingClient client = BlockingClient.open(server.address())) {
                client.ok(requests.createTable());
            }
            long begin = System.nanoTime();
            new BatchWriteLoader(server.address(), requests::batchWriteItems, LOAD_CONNECTIONS).load(items);
            double seconds = (System.nanoTime() - begin) / 1e9;
            report.line(String.format(Locale.ROOT, "- loaded %,d items with BatchWriteItem in %.1f s (%,.0f items/s, "
                    + "%d connections, fsync=false); data directory %.0f MB", items, seconds, items / seconds,
                    LOAD_CONNECTIONS, sizeOf(loaded) / 1024.0 / 1024.0));
        }
        StartupTimes startup = new StartupTimes(logs);
        List<StartupTimes.Launch> empty = new ArrayList<>();
        List<StartupTimes.Launch> full = new ArrayList<>();
        List<StartupTimes.Launch> memory = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            memory.add(startup.launch(serverCommand(List.of()), Map.of()));
            empty.add(startup.launch(serverCommand(List.of("data-dir=" + work.resolve("empty-" + i))), Map.of()));
            full.add(startup.launch(serverCommand(List.of("data-dir=" + loaded)), Map.of()));
        }
        report.line("");
        report.line(StartupTimes.tableHeader());
        StartupTimes.report(report, "no data directory (in-memory engine)", memory);
        StartupTimes.report(report, "new, empty data directory", empty);
        StartupTimes.report(report, String.format(Locale.ROOT, "data directory with %,d items (stored tallies)", items), full);
        try (ServerProcess server = start(List.of("data-dir=" + loaded));
             BlockingClient client = BlockingClient.open(server.address())) {
            String table = client.ok(new StorageRequests("127.0.0.1", server.port()).describeTable());
            Matcher count = ITEM_COUNT.matcher(table);
            report.line("");
            report.line(String.format(Locale.ROOT, "- DescribeTable after the restarts: ItemCount %s (expected %,d)",
                    count.find() ? String.format(Locale.ROOT, "%,d", Long.parseLong(count.group(1))) : "missing", items));
        }
        deleteRecursively(loaded);
        for (int i = 0; i < starts; i++) {
            deleteRecursively(work.resolve("empty-" + i));
        }
        report.machineLoad("end");
    }

    private ServerProcess start(List<String> settings) throws IOException, InterruptedException {
        return ServerProcess.benchServer(words(options.get("server-jvm-options")), "stratus", settings, logs);
    }

    /** {@code java [options] -cp ... BenchServer stratus {port} settings...}, for {@link StartupTimes}. */
    private List<String> serverCommand(List<String> settings) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(words(options.get("server-jvm-options")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchServer.class.getName(), "stratus", "{port}"));
        command.addAll(settings);
        return command;
    }

    private static List<String> engineSettings(String engine, Path dataDir) {
        return switch (engine) {
            case "memory" -> List.of();
            case "rocksdb" -> List.of("data-dir=" + dataDir, "fsync=false");
            case "rocksdb-fsync" -> List.of("data-dir=" + dataDir, "fsync=true");
            default -> throw new IllegalArgumentException("Unknown engine '" + engine + "'; expected memory, rocksdb or "
                    + "rocksdb-fsync");
        };
    }

    private static long sizeOf(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(StorageEngineBenchmark::size).sum();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(w -> !w.isEmpty()).toList();
    }

    private static List<Integer> integers(String value) {
        return list(value).stream().map(Integer::parseInt).toList();
    }

    private static List<String> words(String value) {
        return Arrays.stream(value.split(" ")).filter(w -> !w.isBlank()).toList();
    }

    private static String or(String value, String otherwise) {
        return value.isBlank() ? otherwise : value;
    }
}
