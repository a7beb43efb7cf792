package dev.stratus.distribution;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The built tarball, unpacked into a folder of its own, and Stratus processes started from it. */
final class InstalledStratus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Pattern LISTENING = Pattern.compile(" listening on http://[^:/]+:(\\d+)");

    private final Path home;

    private InstalledStratus(Path home) {
        this.home = home;
    }

    /** Unpacks the tarball the build made into {@code into}; the tarball holds one folder, stratus-version/. */
    static InstalledStratus unpack(Path into) throws IOException, InterruptedException {
        Path tarball = Path.of(System.getProperty("stratus.tarball"));
        Process tar = new ProcessBuilder("tar", "xzf", tarball.toString(), "-C", into.toString()).inheritIO().start();
        if (tar.waitFor() != 0) {
            throw new IllegalStateException("tar could not unpack " + tarball);
        }
        return new InstalledStratus(into.resolve("stratus-" + System.getProperty("stratus.version")));
    }

    Path home() {
        return home;
    }

    /** Runs {@code bin/stratus} with the arguments until it exits on its own (a refused start). */
    Run runToExit(String... args) throws IOException, InterruptedException {
        return runToExit(Map.of(), args);
    }

    /** Runs {@code bin/stratus} with the arguments and more environment variables until it exits on its own. */
    Run runToExit(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile("stratus", ".log");
        ProcessBuilder builder = command(List.of(args));
        builder.environment().putAll(environment);
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("bin/stratus did not exit: " + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    /**
     * Starts {@code bin/stratus --port PORT} in the background and waits until it answers health. Port 0 lets
     * the system pick a free port, read from the startup line: a port found free and then handed over could be
     * taken meanwhile by any other process of a busy machine.
     */
    Server start(int port, String... moreArgs) throws IOException {
        return start(Map.of(), port, moreArgs);
    }

    /** {@link #start(int, String...)} with more environment variables. */
    Server start(Map<String, String> environment, int port, String... moreArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of("--port", Integer.toString(port)));
        args.addAll(List.of(moreArgs));
        Path log = Files.createTempFile("stratus", ".log");
        ProcessBuilder builder = command(args);
        builder.environment().putAll(environment);
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> !process.isAlive() || listeningPort(log).isPresent());
        if (!process.isAlive()) {
            throw new IllegalStateException("bin/stratus exited: " + Files.readString(log));
        }
        Server server = new Server(process, listeningPort(log).getAsInt(), log);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> !process.isAlive() || server.health() == 200);
        if (!process.isAlive()) {
            throw new IllegalStateException("bin/stratus exited: " + Files.readString(log));
        }
        return server;
    }

    /** The port of the startup line ("listening on http://127.0.0.1:PORT"), once it is written. */
    private static OptionalInt listeningPort(Path log) throws IOException {
        Matcher line = LISTENING.matcher(Files.readString(log));
        return line.find() ? OptionalInt.of(Integer.parseInt(line.group(1))) : OptionalInt.empty();
    }

    /** Runs {@code bin/awslocal} against the server on {@code port}. */
    Run awslocal(int port, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/awslocal").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().remove("AWS_ACCESS_KEY_ID");
        builder.environment().remove("AWS_PROFILE");
        builder.environment().put("STRATUS_PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("awslocal", ".out");
        Path err = Files.createTempFile("awslocal", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("awslocal did not finish: " + String.join(" ", args));
        }
        return new Run(process.exitValue(), Files.readString(out) + Files.readString(err), Files.readString(out));
    }

    /** Runs {@code bin/awslocal} against the server, requires it to succeed, and reads its JSON output. */
    JsonNode awsJson(Server server, String... args) throws IOException, InterruptedException {
        Run run = awslocal(server.port(), Map.of(), args);
        if (run.exitCode() != 0) {
            throw new AssertionError(String.join(" ", args) + "\n" + run.output() + "\nserver log:\n" + server.log());
        }
        String out = run.stdout().strip();
        return out.isEmpty() ? JSON.createObjectNode() : JSON.readTree(out);
    }

    /**
     * Creates a Node.js 20 function whose {@code index.js} is {@code source} (handler {@code index.handler}) with
     * {@code bin/awslocal}, its zip written into {@code dir}; more arguments go to create-function as they are.
     */
    JsonNode createNodeFunction(Server server, Path dir, String name, String source, String... moreArgs)
            throws IOException, InterruptedException {
        Path zip = dir.resolve(name + ".zip");
        zipIndexJs(source, zip);
        List<String> args = new ArrayList<>(List.of("lambda", "create-function", "--function-name", name,
                "--zip-file", "fileb://" + zip, "--role", "arn:aws:iam::000000000000:role/lambda-role",
                "--handler", "index.handler", "--runtime", "nodejs20.x"));
        args.addAll(List.of(moreArgs));
        return awsJson(server, args.toArray(String[]::new));
    }

    /** Zips a function's source as {@code index.js}, as {@code zip index.zip index.js} does. */
    static void zipIndexJs(String source, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("index.js"));
            out.write(source.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    private ProcessBuilder command(List<String> args) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/stratus").toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("STRATUS_"));
        // No npm in the background: the tests install the Node.js SDKs only where they invoke a function.
        builder.environment().put("STRATUS_LAMBDA_NODE_SDK_PREPARE_AT_START", "false");
        return builder;
    }

    /** How a command ended. */
    record Run(int exitCode, String output, String stdout) {
        Run(int exitCode, String output) {
            this(exitCode, output, output);
        }
    }

    /** A running {@code bin/stratus}. */
    static final class Server implements AutoCloseable {
        private final Process process;
        private final int port;
        private final Path log;

        private Server(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        int port() {
            return port;
        }

        int health() {
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/_stratus/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return response.statusCode();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        String log() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Sends SIGKILL to the JVM ({@code bin/stratus} execs java, so the process is the JVM) and waits for its end. */
        void kill() throws InterruptedException {
            process.toHandle().destroyForcibly();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Stratus survived SIGKILL");
            }
        }

        /** Sends SIGTERM and waits for the process to end; returns its exit status. */
        int terminate() throws InterruptedException {
            return terminate(Duration.ofSeconds(30));
        }

        /** Sends SIGTERM and waits up to {@code patience} for the process to end; returns its exit status. */
        int terminate(Duration patience) throws InterruptedException {
            process.destroy();
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Stratus ignored SIGTERM");
            }
            return process.exitValue();
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                terminate();
            }
        }
    }
}
