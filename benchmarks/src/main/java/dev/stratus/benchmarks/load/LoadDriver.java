package dev.stratus.benchmarks.load;

import dev.stratus.benchmarks.server.CpuTime;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A closed-loop HTTP/1.1 load generator: {@code connections} keep-alive connections, each with one request in flight,
 * spread over {@code threads} selector threads. Runs for the warm-up, then measures for a fixed duration.
 */
public final class LoadDriver {

    /** How to load a server. */
    public record Plan(String label, int connections, int threads, Duration warmUp, Duration measure) {
        public Plan {
            if (connections < 1 || threads < 1) {
                throw new IllegalArgumentException("connections and threads must be positive");
            }
        }

        public Plan withLabel(String value) {
            return new Plan(value, connections, threads, warmUp, measure);
        }

        public Plan withConnections(int value) {
            return new Plan(label, value, threads, warmUp, measure);
        }
    }

    private LoadDriver() {
    }

    public static LoadResult run(InetSocketAddress server, RequestSource requests, Plan plan) throws IOException {
        return run(server, requests, plan, () -> 0L);
    }

    /** As {@link #run(InetSocketAddress, RequestSource, Plan)}, also reading the server's CPU time as the window opens and closes. */
    public static LoadResult run(InetSocketAddress server, RequestSource requests, Plan plan, LongSupplier serverCpuNanos)
            throws IOException {
        int threads = Math.min(plan.threads(), plan.connections());
        List<List<Connection>> shares = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            shares.add(new ArrayList<>());
        }
        for (int c = 0; c < plan.connections(); c++) {
            shares.get(c % threads).add(Connection.open(c, server, false));
        }
        long measureFrom = System.nanoTime() + plan.warmUp().toNanos();
        long measureUntil = measureFrom + plan.measure().toNanos();
        List<DriverThread> drivers = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        for (List<Connection> share : shares) {
            DriverThread driver = new DriverThread(share, requests, measureFrom, measureUntil);
            drivers.add(driver);
            Thread thread = new Thread(driver, "load-driver-" + running.size());
            thread.start();
            running.add(thread);
        }
        long self = ProcessHandle.current().pid();
        sleepUntil(measureFrom);
        long serverCpuFrom = serverCpuNanos.getAsLong();
        long driverCpuFrom = CpuTime.ofProcess(self);
        sleepUntil(measureUntil);
        long serverCpu = serverCpuNanos.getAsLong() - serverCpuFrom;
        long driverCpu = CpuTime.ofProcess(self) - driverCpuFrom;
        for (Thread thread : running) {
            join(thread);
        }
        drivers.forEach(DriverThread::rethrowFailure);
        Latencies.Sorted all = Latencies.merge(drivers.stream().map(DriverThread::latencies).toList());
        long errors = drivers.stream().mapToLong(DriverThread::errors).sum();
        String firstError = drivers.stream().map(DriverThread::firstError).filter(e -> !e.isEmpty()).findFirst().orElse("");
        return new LoadResult(plan.label(), plan.connections(), plan.measure().toNanos() / 1e9, all.count(),
                all.percentileMicros(0.50), all.percentileMicros(0.99), all.percentileMicros(0.999),
                serverCpu / 1e3 / Math.max(1, all.count()), driverCpu / 1e3 / Math.max(1, all.count()), errors, firstError);
    }

    private static void sleepUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the load ran", e);
            }
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the load ran", e);
        }
    }
}
