package dev.stratus.benchmarks.load;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The next request a connection sends, as the bytes that go on the wire. Called by the connection's driver
 * thread only, so an implementation shared by several driver threads must be thread-safe.
 */
@FunctionalInterface
public interface RequestSource {

    byte[] next(int connection);

    /** The same request every time. */
    static RequestSource fixed(byte[] request) {
        return connection -> request;
    }

    /**
     * The same request with a new {@code Signature=} in its {@code Authorization} each time, as an SDK signs every
     * request anew: the server's per-connection header cache never sees the same field twice.
     */
    static RequestSource signedPerRequest(byte[] request) {
        int signature = indexOf(request, "Signature=".getBytes(StandardCharsets.US_ASCII));
        if (signature < 0) {
            throw new IllegalArgumentException("The request has no Signature= to vary");
        }
        int start = signature + "Signature=".length();
        Map<Integer, byte[]> copies = new ConcurrentHashMap<>();
        Map<Integer, long[]> counters = new ConcurrentHashMap<>();
        return connection -> {
            byte[] copy = copies.computeIfAbsent(connection, c -> request.clone());
            long[] counter = counters.computeIfAbsent(connection, c -> new long[1]);
            long sequence = counter[0]++;
            writeHex(copy, start, ((long) connection << 40) ^ sequence);
            writeHex(copy, start + 16, sequence * 0x9E37_79B9_7F4A_7C15L);
            return copy;
        };
    }

    private static void writeHex(byte[] bytes, int at, long value) {
        for (int i = 15; i >= 0; i--) {
            bytes[at + i] = (byte) Character.forDigit((int) (value & 0xF), 16);
            value >>>= 4;
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
