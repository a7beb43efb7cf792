package dev.stratus.benchmarks.lambda;

import dev.stratus.benchmarks.Arguments;
import dev.stratus.benchmarks.Report;
import dev.stratus.benchmarks.load.LoadDriver;
import dev.stratus.benchmarks.server.ServerProcess;
import dev.stratus.lambda.runtime.RuntimeSettings;
import dev.stratus.spi.Durations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lambda benchmarks (issues #6 and #7) against a Stratus server in a JVM of its own, on loopback; figures go
 * to {@code out/lambda-<date>.md}. Run from the repository root with {@code benchmarks/run-lambda.sh [name=value...]};
 * the names and defaults are in {@link #DEFAULTS}.
 */
public final class LambdaBenchmarks {

    private static final Logger LOG = LoggerFactory.getLogger(LambdaBenchmarks.class);

    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("only", "invoke,stream"),
            Map.entry("runtimes", "nodejs20.x,python3.12,java21,provided.al2023"),
            Map.entry("cold-starts", "10"),
            Map.entry("warm-invokes", "1000"),
            Map.entry("callers", "1,4,16"),
            Map.entry("warmup", "5s"),
            Map.entry("measure", "5s"),
            Map.entry("puts", "200"),
            Map.entry("batch-items", "5000"),
            Map.entry("delivery-limit", "30s"),
            Map.entry("server-jvm-options", ""),
            Map.entry("server-settings", ""),
            Map.entry("out", "benchmarks/target/results"));

    private LambdaBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(args, DEFAULTS);
        Path out = Path.of(options.get("out"));
        Path work = Files.createDirectories(out.resolve("lambda-work")).toAbsolutePath();
        List<String> serverSettings = new ArrayList<>(words(options.get("server-settings")));
        serverSettings.add("work-dir=" + work.resolve("server"));
        if (serverSettings.stream().noneMatch(s -> s.startsWith(RuntimeSettings.ISOLATION + "="))) {
            // The stream benchmark's function records its start times in a file of the work folder, which only a
            // plain process sees.
            serverSettings.add(RuntimeSettings.ISOLATION + "=process");
        }
        String python = serverSettings.stream().filter(s -> s.startsWith(RuntimeSettings.PYTHON_EXECUTABLE + "="))
                .map(s -> s.substring(s.indexOf('=') + 1)).findFirst().orElse("python3");
        String started = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Report report = new Report(out.resolve("lambda-" + started + ".md"));
        LambdaPlan plan = new LambdaPlan(list(options.get("runtimes")), Integer.parseInt(options.get("cold-starts")),
                Integer.parseInt(options.get("warm-invokes")),
                list(options.get("callers")).stream().map(Integer::parseInt).toList(),
                new LoadDriver.Plan("", 1, 1, duration(options.get("warmup")), duration(options.get("measure"))),
                Integer.parseInt(options.get("puts")), Integer.parseInt(options.get("batch-items")),
                duration(options.get("delivery-limit")), python);
        report.line("## Lambda (run of " + LocalDateTime.now() + ", " + String.join(" ", args) + ")");
        report.line("");
        report.line("Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores; Stratus in its "
                + "own JVM (`BenchServer stratus`, settings " + serverSettings + "), driven over loopback HTTP/1.1 keep-alive. "
                + "Local executables behind the runtimes: " + version("node", "--version") + ", " + version(python, "--version")
                + ", java runtimes on the server's own java (" + Runtime.version().feature() + "), provided.* on /bin/sh + "
                + version("curl", "--version") + ".");
        report.line("");
        List<String> only = list(options.get("only"));
        try (ServerProcess server = ServerProcess.benchServer(words(options.get("server-jvm-options")), "stratus",
                serverSettings, out.resolve("server-logs"))) {
            LambdaRequests requests = new LambdaRequests("127.0.0.1", server.port());
            if (only.contains("invoke")) {
                new InvokeBenchmark(server.address(), requests, plan, server::cpuNanos).run(report);
            }
            if (only.contains("stream")) {
                new StreamToFunctionBenchmark(server.address(), requests, plan, work).run(report);
            }
        }
        LOG.info("Figures written to {}", report.file());
    }

    /** What an executable says its version is: the first two words it prints (after its name when it omits it). */
    private static String version(String executable, String flag) {
        try {
            Process process = new ProcessBuilder(executable, flag).redirectErrorStream(true).start();
            String first = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst()
                    .orElse("");
            process.waitFor(10, TimeUnit.SECONDS);
            String[] words = first.trim().split(" ");
            String said = words.length > 1 ? words[0] + " " + words[1] : words[0];
            return said.toLowerCase(Locale.ROOT).startsWith(executable.substring(0, 4)) ? said : executable + " " + said;
        } catch (IOException e) {
            return executable + " absent";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return executable + " unknown";
        }
    }

    private static List<String> words(String value) {
        return Arrays.stream(value.split(" ")).filter(w -> !w.isBlank()).toList();
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static Duration duration(String value) {
        return Durations.parse(value);
    }
}
