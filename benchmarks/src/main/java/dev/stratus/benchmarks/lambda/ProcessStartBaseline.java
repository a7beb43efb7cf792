package dev.stratus.benchmarks.lambda;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What starting a runtime's bare executable costs on this machine right now (median of a few starts), the floor
 * under any cold start: {@code node -e 0}, {@code python3 -c pass}, {@code java -version} with the flags Stratus
 * gives function JVMs, {@code /bin/sh -c true}.
 */
final class ProcessStartBaseline {

    private static final int STARTS = 5;

    private ProcessStartBaseline() {
    }

    /** The median start-to-exit time in milliseconds of the bare executable behind {@code runtime}. */
    static double medianMillis(String runtime, String pythonExecutable) throws IOException, InterruptedException {
        List<String> command = command(runtime, pythonExecutable);
        double[] millis = new double[STARTS];
        for (int i = 0; i < STARTS; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end within 30 s");
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[STARTS / 2];
    }

    private static List<String> command(String runtime, String pythonExecutable) {
        if (runtime.startsWith("nodejs")) {
            return List.of("node", "-e", "0");
        }
        if (runtime.startsWith("python")) {
            return List.of(pythonExecutable, "-c", "pass");
        }
        if (runtime.startsWith("java")) {
            return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-Xshare:auto", "-version");
        }
        return List.of("/bin/sh", "-c", "true");
    }
}
