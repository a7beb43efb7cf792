package dev.stratus.benchmarks.startup;

import dev.stratus.benchmarks.Report;
import dev.stratus.benchmarks.server.CpuTime;
import dev.stratus.benchmarks.server.ServerProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue #2: launch-to-health time. Starts a command (such as {@code bin/stratus --port P}) again and again and
 * measures from the process start to the first {@code 200} of {@code GET /_stratus/health}, polled every 2 ms over
 * a fresh connection; then SIGTERM and the time until the process is gone.
 */
public final class StartupTimes {

    private static final Pattern STARTED_IN = Pattern.compile("started in (\\d+) ms");
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Path logDir;

    public StartupTimes(Path logDir) {
        this.logDir = logDir;
    }

    /**
     * One launch: to health, the CPU time the launch used until then (launcher script included) and its JVM's main
     * thread's share (the critical path), the server's own "started in" figure (-1 if it logged none), and to exit
     * after SIGTERM.
     */
    public record Launch(double toHealthMillis, double cpuMillis, double mainThreadCpuMillis, long reportedMillis,
                         double stopMillis) {
    }

    /** Writes one table row: first launch, then median/min/max of the others. */
    public static void report(Report report, String label, List<Launch> launches) {
        Launch first = launches.get(0);
        double[] rest = launches.stream().skip(1).mapToDouble(Launch::toHealthMillis).sorted().toArray();
        double[] stops = launches.stream().skip(1).mapToDouble(Launch::stopMillis).sorted().toArray();
        double[] cpu = launches.stream().skip(1).mapToDouble(Launch::cpuMillis).sorted().toArray();
        double[] mainThread = launches.stream().skip(1).mapToDouble(Launch::mainThreadCpuMillis).sorted().toArray();
        long[] reported = launches.stream().skip(1).mapToLong(Launch::reportedMillis).sorted().toArray();
        report.line(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %d | %.0f / %.0f |",
                label, launches.size(), first.toHealthMillis(), median(rest), rest[0], rest[rest.length - 1], median(cpu),
                median(mainThread),
                reported[reported.length / 2], first.stopMillis(), median(stops)));
    }

    public static String tableHeader() {
        return "| launcher | starts | 1st start ms | median of the rest ms | min ms | max ms | median CPU ms to health "
                + "| median main-thread CPU ms | median \"started in\" ms | stop ms (1st / median) |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
    }

    /**
     * Launches {@code command}, with {@code {port}} in it replaced by a free port, in an environment without
     * {@code JAVA_OPTS}, {@code XDG_CACHE_HOME} and {@code STRATUS_*} unless given; stops it once healthy.
     */
    public Launch launch(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        int port = ServerProcess.freePort();
        List<String> full = command.stream().map(word -> word.replace("{port}", Integer.toString(port))).toList();
        Files.createDirectories(logDir);
        Path log = logDir.resolve("startup-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("STRATUS_") || name.equals("JAVA_OPTS")
                || name.equals("XDG_CACHE_HOME"));
        builder.environment().putAll(environment);
        long begin = System.nanoTime();
        Process process = builder.start();
        try {
            awaitHealthy(process, port, begin, log);
            double toHealth = (System.nanoTime() - begin) / 1e6;
            double cpu = CpuTime.ofProcess(process.pid()) / 1e6;
            double mainThread = CpuTime.ofJavaMainThread(process.pid()) / 1e6;
            long stopBegin = System.nanoTime();
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The server ignored SIGTERM for 60 s: " + full);
            }
            return new Launch(toHealth, cpu, mainThread, reportedMillis(log), (System.nanoTime() - stopBegin) / 1e6);
        } finally {
            process.destroyForcibly();
        }
    }

    private static void awaitHealthy(Process process, int port, long begin, Path log)
            throws IOException, InterruptedException {
        byte[] request = ("GET /_stratus/health HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        while (System.nanoTime() - begin < TIMEOUT_NANOS) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited: " + Files.readString(log));
            }
            if (status(port, request) == 200) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(2);
        }
        throw new IllegalStateException("No healthy answer within 60 s: " + Files.readString(log));
    }

    private static int status(int port, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] statusLine = in.readNBytes(12);
            return statusLine.length == 12 ? Integer.parseInt(new String(statusLine, 9, 3, StandardCharsets.US_ASCII)) : -1;
        } catch (IOException | NumberFormatException notYet) {
            return -1;
        }
    }

    private static long reportedMillis(Path log) throws IOException {
        Matcher matcher = STARTED_IN.matcher(Files.readString(log));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static double median(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }
}
