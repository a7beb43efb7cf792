package dev.stratus.benchmarks.load;

import java.util.Locale;

/**
 * What a closed-loop run measured: requests completed in the measured window and their latencies.
 *
 * @param serverCpuMicrosPerRequest the server process's CPU time in the window per request (0 when not measured)
 * @param driverCpuMicrosPerRequest the load driver's own CPU time per request: near a core's worth, the driver limits
 * @param errors    responses with a status of 300 or more
 * @param firstError the first such response, for the report (empty when none)
 */
public record LoadResult(String label, int connections, double seconds, long requests, double p50Micros, double p99Micros,
                         double p999Micros, double serverCpuMicrosPerRequest, double driverCpuMicrosPerRequest, long errors,
                         String firstError) {

    public double perSecond() {
        return requests / seconds;
    }

    /** One Markdown table row: label, connections, req/s, p50, p99, p99.9 (ms), server and driver CPU µs per request, errors. */
    public String tableRow() {
        return String.format(Locale.ROOT, "| %s | %d | %,.0f | %.2f | %.2f | %.2f | %.1f | %.1f | %d |", label, connections,
                perSecond(), p50Micros / 1_000, p99Micros / 1_000, p999Micros / 1_000, serverCpuMicrosPerRequest,
                driverCpuMicrosPerRequest, errors);
    }

    public static String tableHeader() {
        return "| benchmark | connections | req/s | p50 ms | p99 ms | p99.9 ms | server CPU µs/req | driver CPU µs/req "
                + "| errors |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|";
    }
}
