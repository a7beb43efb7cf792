package dev.stratus.benchmarks.startup;

import dev.stratus.benchmarks.Report;
import dev.stratus.gateway.Stratus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The testkit's in-process start, as {@code StratusExtension} does it (a free loopback port, no background install of
 * the Node.js SDKs), again and again in this one JVM: from {@code Stratus.builder()} to the first {@code 200} of
 * {@code /_stratus/health}, then {@code close()}. The first starts warm the JVM up; the figure is the median of the
 * later half, the cost a test class with a server of its own pays once the run is going.
 */
public final class TestkitStartBenchmark {

    private static final Map<String, String> TESTKIT_ENVIRONMENT = Map.of("STRATUS_LAMBDA_NODE_SDK_PREPARE_AT_START", "false");

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final int starts;
    private final HttpClient http = HttpClient.newHttpClient();

    public TestkitStartBenchmark(int starts) {
        if (starts < 2) {
            throw new IllegalArgumentException("starts must be at least 2, was " + starts);
        }
        this.starts = starts;
    }

    public void run(Report report) throws IOException, InterruptedException {
        report.line("");
        report.line("### Testkit in-process start: Stratus.builder().setting(\"port\", \"0\")...start() to health, then close(), "
                + starts + " times in one JVM");
        report.machineLoad("start");
        double[] toHealth = new double[starts];
        double[] stop = new double[starts];
        double[] cpu = new double[starts];
        String services = "";
        for (int i = 0; i < starts; i++) {
            long begin = System.nanoTime();
            long cpuBegin = PROCESS.getProcessCpuTime();
            Stratus stratus = Stratus.builder().setting("port", "0").environment(TESTKIT_ENVIRONMENT).start();
            requireHealthy(stratus.endpoint());
            toHealth[i] = (System.nanoTime() - begin) / 1e6;
            cpu[i] = (PROCESS.getProcessCpuTime() - cpuBegin) / 1e6;
            services = String.join(", ", stratus.serviceNames());
            long stopBegin = System.nanoTime();
            stratus.close();
            stop[i] = (System.nanoTime() - stopBegin) / 1e6;
        }
        double[] later = Arrays.copyOfRange(toHealth, starts / 2, starts);
        double[] laterStops = Arrays.copyOfRange(stop, starts / 2, starts);
        double[] laterCpu = Arrays.copyOfRange(cpu, starts / 2, starts);
        Arrays.sort(later);
        Arrays.sort(laterStops);
        Arrays.sort(laterCpu);
        report.line("");
        report.line("| services | starts | 1st start ms | 2nd start ms | median of the later half ms | min ms | max ms "
                + "| median CPU ms of the later half (the whole JVM) | stop ms (1st / median of the later half) |");
        report.line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        report.line(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.1f | %.1f | %.1f | %.0f | %.0f / %.1f |", services,
                starts, toHealth[0], toHealth[1], later[later.length / 2], later[0], later[later.length - 1],
                laterCpu[laterCpu.length / 2], stop[0], laterStops[laterStops.length / 2]));
        report.machineLoad("end");
    }

    private void requireHealthy(URI endpoint) throws IOException, InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(endpoint.resolve("/_stratus/health")).build();
        int status = http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException("Health answered " + status + " right after start");
        }
    }
}
