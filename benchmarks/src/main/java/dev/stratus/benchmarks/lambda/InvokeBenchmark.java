package dev.stratus.benchmarks.lambda;

import dev.stratus.benchmarks.Report;
import dev.stratus.benchmarks.load.BlockingClient;
import dev.stratus.benchmarks.load.HttpRequests;
import dev.stratus.benchmarks.load.Latencies;
import dev.stratus.benchmarks.load.LoadDriver;
import dev.stratus.benchmarks.load.LoadResult;
import dev.stratus.benchmarks.load.RequestSource;
import dev.stratus.benchmarks.server.PingPlugin;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Issue #6: per runtime, cold start (the first invoke after CreateFunction, then after each
 * UpdateFunctionConfiguration that changes an environment variable and so discards the environment), warm invoke
 * latency one call at a time, and warm throughput at several concurrent callers, all through Invoke (RequestResponse).
 */
final class InvokeBenchmark {

    private static final String PAYLOAD = "{\"bench\":true}";
    private static final String OK = "{\"ok\":true}";

    private final InetSocketAddress server;
    private final LambdaRequests requests;
    private final LambdaPlan plan;
    private final LongSupplier serverCpuNanos;

    InvokeBenchmark(InetSocketAddress server, LambdaRequests requests, LambdaPlan plan, LongSupplier serverCpuNanos) {
        this.server = server;
        this.requests = requests;
        this.plan = plan;
        this.serverCpuNanos = serverCpuNanos;
    }

    void run(Report report) throws IOException, InterruptedException {
        report.line("### Lambda invoke (issue #6)");
        report.line("");
        report.line("Cold: " + plan.coldStarts() + " invokes per runtime, the first right after CreateFunction, the others each "
                + "after an UpdateFunctionConfiguration changing an environment variable. Warm: " + plan.warmInvokes()
                + " invokes one at a time on one keep-alive connection after " + plan.load().warmUp().toSeconds()
                + " s of unmeasured ones. "
                + "Handlers return {\"ok\":true} at once. Latency is the client's, request sent to response read. Bare process "
                + "start: median of 5 starts of the runtime's executable doing nothing, just before (the floor of a cold "
                + "start under the load of the moment).");
        report.line("");
        report.machineLoad("Before");
        report.line("");
        report.line("| runtime | bare process start ms | cold first ms | cold p50 ms | cold max ms | warm p50 ms | warm p99 ms "
                + "| warm max ms |");
        report.line("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (String runtime : plan.runtimes()) {
            report.line(latencies(runtime));
        }
        report.line("");
        report.line(pingBaseline());
        report.machineLoad("After latencies");
        report.line("");
        report.line("Warm throughput: closed loop, each connection one invoke in flight (server CPU = the Stratus JVM only, "
                + "not the runtime processes), " + plan.load().warmUp() + " warm-up, "
                + plan.load().measure() + " measured (the load driver of `load/`).");
        report.line("");
        report.line(LoadResult.tableHeader());
        for (String runtime : plan.runtimes()) {
            RequestSource invoke = RequestSource.fixed(requests.invoke(functionName(runtime), PAYLOAD));
            for (int callers : plan.callers()) {
                LoadDriver.Plan row = plan.load().withLabel(runtime).withConnections(callers);
                report.line(LoadDriver.run(server, invoke, row, serverCpuNanos).tableRow());
            }
        }
        report.line("");
        report.machineLoad("After throughput");
        report.line("");
    }

    private String latencies(String runtime) throws IOException, InterruptedException {
        double bareStart = ProcessStartBaseline.medianMillis(runtime, plan.pythonExecutable());
        String function = functionName(runtime);
        Latencies cold = new Latencies();
        long first;
        try (BlockingClient client = BlockingClient.open(server)) {
            client.ok(requests.createFunction(function, FunctionCode.forRuntime(runtime), Map.of("GENERATION", "0")));
            first = timedInvoke(client, function);
            cold.add(first);
            for (int generation = 1; generation < plan.coldStarts(); generation++) {
                client.ok(requests.updateEnvironment(function, Map.of("GENERATION", Integer.toString(generation))));
                cold.add(timedInvoke(client, function));
            }
            long warmUntil = System.nanoTime() + plan.load().warmUp().toNanos();
            while (System.nanoTime() < warmUntil) {
                timedInvoke(client, function);
            }
            Latencies warm = new Latencies();
            for (int i = 0; i < plan.warmInvokes(); i++) {
                warm.add(timedInvoke(client, function));
            }
            Latencies.Sorted coldSorted = Latencies.merge(List.of(cold));
            Latencies.Sorted warmSorted = Latencies.merge(List.of(warm));
            return String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f |", runtime, bareStart,
                    first / 1e6,
                    coldSorted.percentileMicros(0.5) / 1e3, coldSorted.percentileMicros(1.0) / 1e3,
                    warmSorted.percentileMicros(0.5) / 1e3, warmSorted.percentileMicros(0.99) / 1e3,
                    warmSorted.percentileMicros(1.0) / 1e3);
        }
    }

    /** The round trip of the no-op Ping operation through the same gateway: what HTTP and routing alone cost. */
    private String pingBaseline() throws IOException {
        byte[] ping = HttpRequests.awsJson10(server.getHostString(), server.getPort(), PingPlugin.NAME, PingPlugin.TARGET, "{}");
        Latencies pings = new Latencies();
        try (BlockingClient client = BlockingClient.open(server)) {
            long warmUntil = System.nanoTime() + plan.load().warmUp().toNanos();
            while (System.nanoTime() < warmUntil) {
                client.ok(ping);
            }
            for (int i = 0; i < plan.warmInvokes(); i++) {
                long start = System.nanoTime();
                client.ok(ping);
                pings.add(System.nanoTime() - start);
            }
        }
        Latencies.Sorted sorted = Latencies.merge(List.of(pings));
        return String.format(Locale.ROOT, "Baseline, the gateway's no-op %s on the same server and connection type: "
                + "p50 %.2f ms, p99 %.2f ms.", PingPlugin.TARGET, sorted.percentileMicros(0.5) / 1e3,
                sorted.percentileMicros(0.99) / 1e3);
    }

    private long timedInvoke(BlockingClient client, String function) throws IOException {
        byte[] invoke = requests.invoke(function, PAYLOAD);
        long start = System.nanoTime();
        BlockingClient.Response response = client.call(invoke);
        long elapsed = System.nanoTime() - start;
        if (!response.ok() || !OK.equals(response.body().replace(" ", ""))) {
            throw new IllegalStateException("Invoke of " + function + " answered HTTP " + response.status() + ": "
                    + response.body());
        }
        return elapsed;
    }

    static String functionName(String runtime) {
        return "bench-" + runtime.replace('.', '-');
    }
}
