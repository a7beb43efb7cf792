package dev.stratus.benchmarks.gateway;

import dev.stratus.benchmarks.Report;
import dev.stratus.benchmarks.load.HttpRequests;
import dev.stratus.benchmarks.load.LoadDriver;
import dev.stratus.benchmarks.load.LoadResult;
import dev.stratus.benchmarks.load.RequestSource;
import dev.stratus.benchmarks.server.PingPlugin;
import dev.stratus.benchmarks.server.ServerProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue #2: the gateway's raw throughput on a trivial JSON 1.0 operation against a bare Jetty handler answering the
 * same POST, each server in its own JVM, the same request bytes, at each connection count.
 */
public final class GatewayThroughput {

    private final LoadDriver.Plan plan;
    private final List<Integer> connections;
    private final List<String> serverJvmOptions;
    private final Path logDir;
    private final boolean signedPerRequest;

    /**
     * With {@code signedPerRequest}, each request carries a new {@code Authorization} signature, as from an SDK;
     * else every request is the same bytes.
     */
    public GatewayThroughput(LoadDriver.Plan plan, List<Integer> connections, List<String> serverJvmOptions, Path logDir,
                             boolean signedPerRequest) {
        this.plan = plan;
        this.connections = connections;
        this.serverJvmOptions = serverJvmOptions;
        this.logDir = logDir;
        this.signedPerRequest = signedPerRequest;
    }

    public void run(Report report) throws IOException, InterruptedException {
        report.line("");
        report.line("### Gateway throughput: " + PingPlugin.TARGET + " vs bare Jetty (server JVM options: "
                + (serverJvmOptions.isEmpty() ? "none" : String.join(" ", serverJvmOptions)) + ")"
                + (signedPerRequest ? ", a new signature per request" : ""));
        report.machineLoad("start");
        report.line("");
        report.line(LoadResult.tableHeader());
        List<LoadResult> jetty = load(report, "jetty", "bare Jetty handler", List.of());
        List<LoadResult> stratus = load(report, "stratus", "Stratus " + PingPlugin.TARGET,
                List.of("services=" + PingPlugin.NAME));
        report.line("");
        for (int i = 0; i < connections.size(); i++) {
            report.line(String.format(Locale.ROOT,
                    "- %d connections: Stratus does %.1f%% of bare Jetty's req/s, at %.2f× its server CPU per request",
                    connections.get(i), 100 * stratus.get(i).perSecond() / jetty.get(i).perSecond(),
                    stratus.get(i).serverCpuMicrosPerRequest() / jetty.get(i).serverCpuMicrosPerRequest()));
        }
        report.machineLoad("end");
    }

    private List<LoadResult> load(Report report, String kind, String label, List<String> args)
            throws IOException, InterruptedException {
        List<LoadResult> results = new ArrayList<>();
        try (ServerProcess server = ServerProcess.benchServer(serverJvmOptions, kind, args, logDir)) {
            byte[] request = HttpRequests.awsJson10("127.0.0.1", server.port(), PingPlugin.NAME, PingPlugin.TARGET, "{}");
            RequestSource ping = signedPerRequest ? RequestSource.signedPerRequest(request) : RequestSource.fixed(request);
            for (int count : connections) {
                LoadResult result = LoadDriver.run(server.address(), ping, plan.withLabel(label).withConnections(count),
                        server::cpuNanos);
                report.line(result.tableRow());
                results.add(result);
            }
        }
        return results;
    }
}
