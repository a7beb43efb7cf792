package dev.stratus.benchmarks.server;

import dev.stratus.benchmarks.load.BlockingClient;
import dev.stratus.benchmarks.load.HttpRequests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A server under test in a process of its own, so load and server do not share a JVM. */
public final class ServerProcess implements AutoCloseable {

    private static final String PORT = "{port}";

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts {@code BenchServer kind port args...} with the given JVM options and waits until it accepts connections,
     * Stratus until it is healthy: its port opens before its services are wired, and on a busy machine the load
     * would otherwise wait out the wiring, taken for a server that stopped answering.
     */
    public static ServerProcess benchServer(List<String> jvmOptions, String kind, List<String> args, Path logDir)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchServer.class.getName(), kind, PORT));
        command.addAll(args);
        ServerProcess server = start(kind, command, Map.of(), logDir);
        if (kind.equals("stratus")) {
            server.awaitHealthy();
        }
        return server;
    }

    /** Starts the distribution's {@code bin/stratus --port P}, with {@code JAVA_OPTS} when given. */
    public static ServerProcess distribution(Path home, List<String> javaOptions, Path logDir)
            throws IOException, InterruptedException {
        ServerProcess server = start("stratus", List.of(home.resolve("bin/stratus").toString(), "--port", PORT),
                javaOptions.isEmpty() ? Map.of() : Map.of("JAVA_OPTS", String.join(" ", javaOptions)), logDir);
        server.awaitHealthy();
        return server;
    }

    /**
     * Starts any server's command line, {@code {port}} in it replaced by a free port, and waits until it accepts
     * connections (for a peer emulator beside Stratus).
     */
    public static ServerProcess command(String name, List<String> command, Path logDir)
            throws IOException, InterruptedException {
        return start(name, command, Map.of(), logDir);
    }

    private static ServerProcess start(String name, List<String> command, Map<String, String> environment, Path logDir)
            throws IOException, InterruptedException {
        int port = freePort();
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + "-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(command.stream().map(w -> w.replace(PORT, Integer.toString(port))).toList())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(variable -> variable.startsWith("STRATUS_") || variable.equals("JAVA_OPTS"));
        builder.environment().putAll(environment);
        ServerProcess server = new ServerProcess(builder.start(), port, log);
        server.awaitListening();
        return server;
    }

    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** The CPU time the server has used so far. */
    public long cpuNanos() {
        return CpuTime.ofProcess(process.pid());
    }

    /** The resident set size of the server process, in bytes (Linux). */
    public long residentBytes() throws IOException {
        return status("VmRSS:") * 1024;
    }

    /** The highest resident set size the server process has had so far, in bytes (Linux). */
    public long peakResidentBytes() throws IOException {
        return status("VmHWM:") * 1024;
    }

    /** How many threads the server process runs (Linux). */
    public long threads() throws IOException {
        return status("Threads:");
    }

    private long status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("No " + field + " for process " + process.pid());
    }

    private void awaitListening() throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The benchmark server exited: " + Files.readString(log));
            }
            try (Socket probe = new Socket()) {
                probe.connect(address(), 200);
                return;
            } catch (IOException notYet) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }
        close();
        throw new IllegalStateException("The benchmark server did not listen within 60 s: " + Files.readString(log));
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        byte[] health = HttpRequests.get("127.0.0.1", port, "/_stratus/health");
        while (System.nanoTime() < deadline) {
            try (BlockingClient client = BlockingClient.open(address())) {
                if (client.call(health).ok()) {
                    return;
                }
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        close();
        throw new IllegalStateException("Stratus was not healthy within 60 s: " + Files.readString(log));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
