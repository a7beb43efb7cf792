package dev.stratus.benchmarks.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Diagnostic commands sent to a server's JVM with the JDK's {@code jcmd}. */
public final class Jcmd {

    private static final Pattern HEAP_INFO = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private Jcmd() {
    }

    /** The output of {@code jcmd <pid> <command...>}. */
    public static String run(ServerProcess server, String... command) throws IOException, InterruptedException {
        String[] line = new String[command.length + 2];
        line[0] = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        line[1] = Long.toString(server.pid());
        System.arraycopy(command, 0, line, 2, command.length);
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, TimeUnit.SECONDS)) {
            jcmd.destroyForcibly();
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " did not finish within 60 s");
        }
        return output;
    }

    /** Runs a full GC in the server, then answers its heap's committed and used size (all generations). */
    public static String fullGcThenHeapInfo(ServerProcess server) throws IOException, InterruptedException {
        run(server, "GC.run");
        return heapInfo(server);
    }

    /** The heap's committed and used size, all generations added up. */
    public static String heapInfo(ServerProcess server) throws IOException, InterruptedException {
        Matcher heap = HEAP_INFO.matcher(run(server, "GC.heap_info"));
        long committed = 0;
        long used = 0;
        while (heap.find()) {
            committed += Long.parseLong(heap.group(1));
            used += Long.parseLong(heap.group(2));
        }
        return String.format(Locale.ROOT, "%.0f MB committed, %.0f MB used", committed / 1024.0, used / 1024.0);
    }
}
