package dev.stratus.benchmarks.lambda;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The file a recording function appends to, one line per invocation: its start time in epoch milliseconds
 * (fractional) and the keys of the records it got. Read as it grows.
 */
final class HandlerRecords {

    /** One invocation as the function wrote it down. */
    record Invocation(double startedAtMillis, List<String> keys) {
    }

    private final Path file;
    private long offset;
    private String partialLine = "";

    HandlerRecords(Path file) throws IOException {
        this.file = file;
        Files.deleteIfExists(file);
    }

    Path file() {
        return file;
    }

    /** The invocations appended since the last call. */
    List<Invocation> poll() throws IOException {
        List<Invocation> found = new ArrayList<>();
        if (!Files.exists(file)) {
            return found;
        }
        byte[] fresh;
        try (RandomAccessFile reader = new RandomAccessFile(file.toFile(), "r")) {
            fresh = new byte[(int) (reader.length() - offset)];
            reader.seek(offset);
            reader.readFully(fresh);
        }
        offset += fresh.length;
        String text = partialLine + new String(fresh, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        partialLine = text.substring(end + 1);
        if (end < 0) {
            return found;
        }
        for (String line : text.substring(0, end).split("\n")) {
            String[] fields = line.split(" ", 2);
            found.add(new Invocation(Double.parseDouble(fields[0]), Arrays.asList(fields[1].split(","))));
        }
        return found;
    }
}
