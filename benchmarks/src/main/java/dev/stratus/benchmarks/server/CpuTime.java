package dev.stratus.benchmarks.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process has used (user + system, its waited-for children included), from {@code /proc} (Linux,
 * 10 ms ticks). On a machine shared with other work, CPU per request moves far less than requests per second.
 */
public final class CpuTime {

    private static final long NANOS_PER_TICK = 10_000_000L;

    private CpuTime() {
    }

    public static long ofProcess(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
            return ticks * NANOS_PER_TICK;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CPU time of process " + pid, e);
        }
    }
}
