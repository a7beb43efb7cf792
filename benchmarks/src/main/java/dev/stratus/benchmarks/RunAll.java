package dev.stratus.benchmarks;

import dev.stratus.benchmarks.dynamodb.DynamoDbBenchmark;
import dev.stratus.benchmarks.dynamodb.MemoryBenchmark;
import dev.stratus.benchmarks.gateway.GatewayThroughput;
import dev.stratus.benchmarks.load.LoadDriver;
import dev.stratus.benchmarks.load.LoadResult;
import dev.stratus.benchmarks.startup.StartupBenchmark;
import dev.stratus.benchmarks.startup.TestkitStartBenchmark;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the benchmarks of BENCHMARKS.md from the repository root and appends their figures to a Markdown file under
 * {@code out}. Arguments are {@code name=value}; see {@link Options#DEFAULTS}.
 */
public final class RunAll {

    private static final Logger LOG = LoggerFactory.getLogger(RunAll.class);

    private RunAll() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path out = Path.of(options.get("out"));
        Report report = new Report(out.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md"));
        report.line("## Run of " + LocalDateTime.now() + " (" + String.join(" ", args) + ")");
        report.line("");
        report.line("Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores; load driver: "
                + options.get("driver-threads") + " selector thread(s), warm-up " + options.get("warmup") + ", measured "
                + options.get("measure") + " per row; latency columns of " + LoadResult.class.getSimpleName()
                + " are per request, closed loop.");
        Set<String> only = options.only();
        LoadDriver.Plan plan = new LoadDriver.Plan("", 1, options.integer("driver-threads"), options.duration("warmup"),
                options.duration("measure"));
        Path logs = out.resolve("server-logs");
        if (only.contains("gateway")) {
            new GatewayThroughput(plan, options.integers("connections"), options.words("server-jvm-options"), logs,
                    options.get("signatures").equals("per-request")).run(report);
        }
        if (only.contains("dynamodb")) {
            new DynamoDbBenchmark(Path.of(options.get("distribution")), plan, options.integers("connections"),
                    options.integer("items"), options.words("server-jvm-options"), logs).run(report);
        }
        if (only.contains("memory")) {
            new MemoryBenchmark(Path.of(options.get("distribution")), options.integer("items"),
                    options.words("server-jvm-options"), logs).run(report);
        }
        if (only.contains("startup")) {
            new StartupBenchmark(Path.of(options.get("distribution")), options.get("baseline-launcher"),
                    options.get("java-home"),
                    Boolean.parseBoolean(options.get("startup-variants")), options.integer("starts"), logs).run(report);
        }
        if (only.contains("testkit-start")) {
            new TestkitStartBenchmark(options.integer("starts")).run(report);
        }
        LOG.info("Figures written to {}", report.file());
    }
}
