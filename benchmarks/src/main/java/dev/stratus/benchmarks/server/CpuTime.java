package dev.stratus.benchmarks.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU time a process has used (user + system, its waited-for children included), from {@code /proc} (Linux,
 * 10 ms ticks). On a machine shared with other work, CPU per request moves far less than requests per second.
 */
public final class CpuTime {

    private static final long NANOS_PER_TICK = 10_000_000L;

    private CpuTime() {
    }

    public static long ofProcess(long pid) {
        String[] fields = statFields(Path.of("/proc", Long.toString(pid), "stat"));
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                + Long.parseLong(fields[14]);
        return ticks * NANOS_PER_TICK;
    }

    /**
     * The CPU time of a JVM's {@code main} thread, the start's critical path: the task named {@code java} other
     * than the process's first, which only launched it and waits. JIT compilers and GC run beside it.
     */
    public static long ofJavaMainThread(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (Stream<Path> all = Files.list(tasks)) {
            long ticks = 0;
            for (Path task : all.filter(t -> !t.getFileName().toString().equals(Long.toString(pid))).toList()) {
                if (Files.readString(task.resolve("comm")).strip().equals("java")) {
                    String[] fields = statFields(task.resolve("stat"));
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
            return ticks * NANOS_PER_TICK;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the threads of process " + pid, e);
        }
    }

    /** The fields of a {@code stat} file after the command name, from the state on. */
    private static String[] statFields(Path stat) {
        try {
            String line = Files.readString(stat);
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + stat, e);
        }
    }
}
