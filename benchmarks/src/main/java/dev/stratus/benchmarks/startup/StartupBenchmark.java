package dev.stratus.benchmarks.startup;

import dev.stratus.benchmarks.Report;
import dev.stratus.benchmarks.server.BenchServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The launch-to-health scenarios of BENCHMARKS.md: {@code bin/stratus} as shipped with a fresh cache (its first
 * start records the class-data archive, the others use it), with no writable cache (no archive), with
 * {@code -XX:TieredStopAtLevel=1}, and a bare Jetty JVM as the floor.
 */
public final class StartupBenchmark {

    private final Path distribution;
    private final int starts;
    private final StartupTimes times;

    public StartupBenchmark(Path distribution, int starts, Path logDir) {
        this.distribution = distribution;
        this.starts = starts;
        this.times = new StartupTimes(logDir);
    }

    public void run(Report report) throws IOException, InterruptedException {
        Path launcher = distribution.resolve("bin/stratus").toAbsolutePath();
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException(launcher + " is missing: build the distribution first (see BENCHMARKS.md)");
        }
        List<String> stratus = List.of(launcher.toString(), "--port", "{port}");
        report.line("");
        report.line("### Launch to health: " + launcher + " --port P, " + starts + " starts each");
        report.machineLoad("start");
        report.line("");
        report.line(StartupTimes.tableHeader());
        Path home = Files.createTempDirectory("stratus-bench-home");
        row(report, "bin/stratus (AppCDS archive in a fresh ~/.cache/stratus)", stratus, Map.of("HOME", home.toString()));
        row(report, "bin/stratus, no writable cache (no AppCDS)", stratus, Map.of("HOME", "/dev/null"));
        row(report, "bin/stratus, AppCDS + JAVA_OPTS=-XX:TieredStopAtLevel=1", stratus,
                Map.of("HOME", home.toString(), "JAVA_OPTS", "-XX:TieredStopAtLevel=1"));
        row(report, "bin/stratus, AppCDS + JAVA_OPTS=-XX:+UseSerialGC", stratus,
                Map.of("HOME", home.toString(), "JAVA_OPTS", "-XX:+UseSerialGC"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        row(report, "floor: bare Jetty 12 JVM (java -cp ... BenchServer jetty P), no AppCDS",
                List.of(java, "-cp", System.getProperty("java.class.path"), BenchServer.class.getName(), "jetty", "{port}"),
                Map.of());
        report.machineLoad("end");
    }

    private void row(Report report, String label, List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        StartupTimes.report(report, label, times.measure(command, environment, starts));
    }
}
