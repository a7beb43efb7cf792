package dev.stratus.lambda.runtime.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The memory a process and everything it started hold, as the system reports it in {@code /proc}: their
 * resident memory now, summed, and the largest peak any one of them reached. Where there is no {@code /proc},
 * both are 0.
 *
 * @param residentBytes the resident memory of the whole tree now
 * @param peakBytes     the highest resident memory one process of the tree reached ({@code VmHWM})
 */
public record ProcessTreeMemory(long residentBytes, long peakBytes) {

    /** The memory of the given processes of a tree, read from {@code /proc} one by one. */
    public static ProcessTreeMemory of(List<Long> pids) {
        long resident = 0;
        long peak = 0;
        for (long pid : pids) {
            Path status = Path.of("/proc", Long.toString(pid), "status");
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        resident += kilobytes(line) * 1024;
                    } else if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, kilobytes(line) * 1024);
                    }
                }
            } catch (IOException | NumberFormatException gone) {
                // The process ended between listing and reading, or this system has no /proc: it holds nothing.
            }
        }
        return new ProcessTreeMemory(resident, peak);
    }

    /** The number of a status line such as {@code VmRSS:	  51200 kB}. */
    private static long kilobytes(String statusLine) {
        long value = 0;
        boolean digits = false;
        for (int i = 0; i < statusLine.length(); i++) {
            char c = statusLine.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                digits = true;
            }
        }
        if (!digits) {
            throw new NumberFormatException("no number in " + statusLine);
        }
        return value;
    }
}
