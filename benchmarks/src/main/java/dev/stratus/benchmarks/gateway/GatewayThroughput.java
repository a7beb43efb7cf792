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

    public GatewayThroughput(LoadDriver.Plan plan, List<Integer> connections, List<String> serverJvmOptions, Path logDir) {
        this.plan = plan;
        this.connections = connections;
        this.serverJvmOptions = serverJvmOptions;
        this.logDir = logDir;
    }

    public void run(Report report) throws IOException, InterruptedException {
        report.line("");
        report.line("### Gateway throughput: " + PingPlugin.TARGET + " vs bare Jetty (server JVM options: "
                + (serverJvmOptions.isEmpty() ? "none" : String.join(" ", serverJvmOptions)) + ")");
        report.machineLoad("start");
        report.line("");
        report.line(LoadResult.tableHeader());
        double[] jetty = load(report, "jetty", "bare Jetty handler", List.of());
        double[] stratus = load(report, "stratus", "Stratus " + PingPlugin.TARGET, List.of("services=" + PingPlugin.NAME));
        report.line("");
        for (int i = 0; i < connections.size(); i++) {
            report.line(String.format(Locale.ROOT, "- %d connections: Stratus does %.1f%% of bare Jetty's req/s",
                    connections.get(i), 100 * stratus[i] / jetty[i]));
        }
        report.machineLoad("end");
    }

    private double[] load(Report report, String kind, String label, List<String> args)
            throws IOException, InterruptedException {
        double[] perSecond = new double[connections.size()];
        try (ServerProcess server = ServerProcess.start(serverJvmOptions, kind, args, logDir)) {
            RequestSource ping = RequestSource.fixed(HttpRequests.awsJson10("127.0.0.1", server.port(), PingPlugin.NAME,
                    PingPlugin.TARGET, "{}"));
            for (int i = 0; i < connections.size(); i++) {
                LoadResult result = LoadDriver.run(server.address(), ping,
                        plan.withLabel(label).withConnections(connections.get(i)));
                report.line(result.tableRow());
                perSecond[i] = result.perSecond();
            }
        }
        return perSecond;
    }
}
