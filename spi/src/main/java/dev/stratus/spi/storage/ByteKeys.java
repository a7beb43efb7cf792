package dev.stratus.spi.storage;

import java.util.Arrays;

/**
 * Order-preserving key arithmetic shared by every service that lays out keys in a {@link Storage}: the
 * comparison every engine orders keys by, the end of a prefix's range, concatenation. Engines and services
 * use these so that a range a service computes is the range an engine scans. Stateless; returns new arrays.
 */
public final class ByteKeys {

    private ByteKeys() {
    }

    /** Compares as the stores order keys: unsigned bytes, lexicographically, shorter first on a tie. */
    public static int compare(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }

    /** The smallest key greater than every key that starts with {@code prefix}, or {@code null} if there is none. */
    public static byte[] prefixEnd(byte[] prefix) {
        byte[] end = Arrays.copyOf(prefix, prefix.length);
        for (int i = end.length - 1; i >= 0; i--) {
            if (end[i] != (byte) 0xFF) {
                end[i]++;
                return Arrays.copyOf(end, i + 1);
            }
        }
        return null;
    }

    /** The concatenation of the parts. */
    public static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, offset, part.length);
            offset += part.length;
        }
        return joined;
    }
}
