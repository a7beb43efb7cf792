package dev.stratus.streams.stream;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A record's position in its stream. Stratus numbers a stream's records with a counter and writes the
 * counter as AWS-looking decimal digits: {@code 1} followed by the counter padded to 20 digits, so every
 * sequence number has 21 digits and compares the same as text and as a number.
 *
 * @param value the stream's counter: strictly increasing, never reused within a stream
 */
public record SequenceNumber(long value) implements Comparable<SequenceNumber> {

    private static final int COUNTER_DIGITS = 20;
    private static final BigInteger OFFSET = BigInteger.TEN.pow(COUNTER_DIGITS);
    private static final BigInteger MAX_COUNTER = BigInteger.valueOf(Long.MAX_VALUE);

    public SequenceNumber {
        if (value < 0) {
            throw new IllegalArgumentException("negative sequence counter " + value);
        }
    }

    /**
     * The counter a sequence number text stands for, or empty when the text is not one Stratus could have
     * issued (not decimal digits, or outside the counter's range).
     */
    public static Optional<SequenceNumber> parse(String text) {
        if (text == null || text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        BigInteger counter = new BigInteger(text).subtract(OFFSET);
        if (counter.signum() < 0 || counter.compareTo(MAX_COUNTER) > 0) {
            return Optional.empty();
        }
        return Optional.of(new SequenceNumber(counter.longValue()));
    }

    /** The decimal text AWS shows: 21 digits. */
    public String text() {
        String digits = Long.toString(value);
        StringBuilder text = new StringBuilder(COUNTER_DIGITS + 1).append('1');
        for (int pad = digits.length(); pad < COUNTER_DIGITS; pad++) {
            text.append('0');
        }
        return text.append(digits).toString();
    }

    @Override
    public int compareTo(SequenceNumber other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return text();
    }
}
