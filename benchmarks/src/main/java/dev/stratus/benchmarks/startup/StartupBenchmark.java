package dev.stratus.benchmarks.startup;

import dev.stratus.benchmarks.Report;
import dev.stratus.benchmarks.server.BenchServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The launch-to-health scenarios of BENCHMARKS.md: {@code bin/stratus} as shipped with a fresh cache (its first
 * start records the class-data archive, the others use it); unless {@code startup-variants=false}, with no writable
 * cache (no archive), with {@code -XX:TieredStopAtLevel=1} and with {@code -XX:+UseSerialGC}; optionally an older
 * launcher to compare with and another JDK; and a bare Jetty JVM as the floor, without and with a class-data archive.
 * The scenarios take turns, start after start, so a change in the machine's load weighs on all of them alike.
 */
public final class StartupBenchmark {

    private final Path distribution;
    private final String baselineLauncher;
    private final String javaHome;
    private final boolean variants;
    private final int starts;
    private final StartupTimes times;

    /**
     * {@code baselineLauncher}: a launcher script to compare with (e.g. an older bin/stratus), or empty;
     * {@code javaHome}: another JDK to run bin/stratus on as well (its launcher's cache, none, and AppCDS), or empty;
     * {@code variants}: whether to run the rows without a cache, with C1 only and with the serial collector too.
     */
    public StartupBenchmark(Path distribution, String baselineLauncher, String javaHome, boolean variants, int starts,
                            Path logDir) {
        this.distribution = distribution;
        this.baselineLauncher = baselineLauncher;
        this.javaHome = javaHome;
        this.variants = variants;
        this.starts = starts;
        this.times = new StartupTimes(logDir);
    }

    /**
     * {@code bash -c} script: runs {@code $1} (java) with the rest of its arguments, recording a dynamic class-data
     * archive at {@code $2} as it exits when there is none yet, else mapping it, as {@code bin/stratus} does on
     * Java 17.
     */
    private static final String RECORD_THEN_MAP = "java=$1 archive=$2; shift 2; "
            + "if [ -s \"$archive\" ]; then cds=-XX:SharedArchiveFile=$archive; "
            + "else cds=-XX:ArchiveClassesAtExit=$archive; fi; "
            + "exec \"$java\" \"$cds\" -Xlog:cds=off -Xlog:cds+dynamic=off \"$@\"";

    private record Scenario(String label, List<String> command, Map<String, String> environment) {
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    public void run(Report report) throws IOException, InterruptedException {
        Path launcher = distribution.resolve("bin/stratus").toAbsolutePath();
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException(launcher + " is missing: build the distribution first (see BENCHMARKS.md)");
        }
        report.line("");
        report.line("### Launch to health: " + launcher + " --port P, " + starts + " starts each, scenarios taking turns");
        report.machineLoad("start");
        List<Scenario> scenarios = scenarios(launcher);
        List<List<StartupTimes.Launch>> launches = new ArrayList<>();
        scenarios.forEach(s -> launches.add(new ArrayList<>()));
        for (int i = 0; i < starts; i++) {
            for (int s = 0; s < scenarios.size(); s++) {
                Scenario scenario = scenarios.get(s);
                launches.get(s).add(times.launch(scenario.command(), scenario.environment()));
            }
        }
        report.line("");
        report.line(StartupTimes.tableHeader());
        for (int s = 0; s < scenarios.size(); s++) {
            StartupTimes.report(report, scenarios.get(s).label(), launches.get(s));
        }
        report.machineLoad("end");
    }

    private List<Scenario> scenarios(Path launcher) throws IOException {
        List<String> stratus = List.of(launcher.toString(), "--port", "{port}");
        String home = Files.createTempDirectory("stratus-bench-home").toString();
        List<Scenario> scenarios = new ArrayList<>(List.of(
                new Scenario("bin/stratus (AppCDS archive in a fresh ~/.cache/stratus)", stratus, Map.of("HOME", home))));
        if (variants) {
            scenarios.addAll(List.of(
                    new Scenario("bin/stratus, no writable cache (no AppCDS)", stratus, Map.of("HOME", "/dev/null")),
                    new Scenario("bin/stratus, AppCDS + JAVA_OPTS=-XX:TieredStopAtLevel=1", stratus,
                            Map.of("HOME", home, "JAVA_OPTS", "-XX:TieredStopAtLevel=1")),
                    new Scenario("bin/stratus, AppCDS + JAVA_OPTS=-XX:+UseSerialGC", stratus,
                            Map.of("HOME", home, "JAVA_OPTS", "-XX:+UseSerialGC"))));
        }
        if (!baselineLauncher.isEmpty()) {
            scenarios.add(new Scenario("baseline: " + baselineLauncher, List.of(baselineLauncher, "--port", "{port}"),
                    Map.of("HOME", home)));
        }
        if (!javaHome.isEmpty()) {
            String otherHome = Files.createTempDirectory("stratus-bench-home").toString();
            scenarios.add(new Scenario("JAVA_HOME=" + javaHome + ": bin/stratus (its cache in a fresh ~/.cache/stratus)", stratus,
                    Map.of("HOME", otherHome, "JAVA_HOME", javaHome)));
            if (variants) {
                scenarios.add(new Scenario("JAVA_HOME=" + javaHome + ": bin/stratus, no writable cache", stratus,
                        Map.of("HOME", "/dev/null", "JAVA_HOME", javaHome)));
            }
            scenarios.add(new Scenario("JAVA_HOME=" + javaHome + ": bin/stratus, JAVA_OPTS=-XX:+AutoCreateSharedArchive "
                    + "-XX:SharedArchiveFile=... (AppCDS)", stratus, Map.of("HOME", otherHome, "JAVA_HOME", javaHome,
                    "JAVA_OPTS", "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=" + otherHome + "/appcds.jsa "
                            + "-Xlog:cds=off -Xlog:cds+dynamic=off")));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> bareJetty = List.of("-cp", System.getProperty("java.class.path"), BenchServer.class.getName(),
                "jetty", "{port}");
        scenarios.add(new Scenario("floor: bare Jetty 12 JVM (java -cp ... BenchServer jetty P), no AppCDS",
                concat(List.of(java), bareJetty), Map.of()));
        String archive = Files.createTempDirectory("stratus-bench-floor").resolve("jetty.jsa").toString();
        scenarios.add(new Scenario("floor: bare Jetty 12 JVM with AppCDS (its first start records the archive)",
                concat(List.of("bash", "-c", RECORD_THEN_MAP, "floor", java, archive), bareJetty), Map.of()));
        return scenarios;
    }
}
