package dev.stratus.streams.stream;

/**
 * Event ids as AWS shows them: 32 hex digits that look random. They are derived from the stream and the
 * sequence counter through a bijective mix, so they are unique within a stream and repeatable in tests.
 */
final class EventIds {

    private EventIds() {
    }

    static String of(String streamArn, long sequence) {
        long salt = streamArn.hashCode() * 0x9E3779B97F4A7C15L;
        return hex(mix(salt + sequence)) + hex(mix(sequence * 0xBF58476D1CE4E5B9L ^ salt));
    }

    /** SplitMix64's finaliser: a bijection on 64-bit values. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String hex(long value) {
        String digits = Long.toHexString(value);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
