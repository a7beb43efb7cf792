package dev.stratus.spi.storage;

/**
 * A range of keys: from {@code start} (inclusive) to {@code end} (exclusive); {@code null} bounds are open.
 *
 * @param reverse whether to read from the end of the range towards its start
 */
public record KeyRange(byte[] start, byte[] end, boolean reverse) {

    public static KeyRange all() {
        return new KeyRange(null, null, false);
    }

    /** Every key that begins with {@code prefix}. */
    public static KeyRange prefix(byte[] prefix) {
        return new KeyRange(prefix, ByteKeys.prefixEnd(prefix), false);
    }

    public KeyRange reversed() {
        return new KeyRange(start, end, !reverse);
    }
}
