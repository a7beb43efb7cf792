package dev.stratus.dynamodb.key;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.DynamoNumber;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes key values (S, N, B) as bytes whose unsigned lexicographic order is DynamoDB's order of the values,
 * and which are self-delimiting, so encoded keys can be concatenated (hash then range) and still sort and
 * prefix-match correctly.
 *
 * <ul>
 *   <li>S (as UTF-8) and B: the bytes with {@code 00} escaped as {@code 00 FF}, then the terminator {@code 00 01}.</li>
 *   <li>N: a sign byte ({@code 01} negative, {@code 02} zero, {@code 03} positive); for non-zero numbers the
 *   decimal exponent ({@code +130}, one byte), then the significant digits in pairs ({@code pair + 1}, so
 *   1..100) and a {@code 00} terminator. Negative numbers invert every byte after the sign, so larger
 *   magnitudes sort first.</li>
 * </ul>
 */
public final class KeyEncoding {

    private static final byte NEGATIVE = 1;
    private static final byte ZERO = 2;
    private static final byte POSITIVE = 3;
    private static final int EXPONENT_BIAS = 130;

    private KeyEncoding() {
    }

    /** The encoding of a key value; {@code value} must be S, N or B. */
    public static byte[] encode(AttributeValue value) {
        Sink sink = new Sink(32);
        append(value, sink);
        return sink.toArray();
    }

    /** The encodings of {@code values}, concatenated. */
    public static byte[] encode(List<AttributeValue> values) {
        Sink sink = new Sink(24 * values.size());
        values.forEach(value -> append(value, sink));
        return sink.toArray();
    }

    static void append(AttributeValue value, Sink sink) {
        if (value instanceof AttributeValue.S s) {
            appendBytes(s.value().getBytes(StandardCharsets.UTF_8), sink);
        } else if (value instanceof AttributeValue.B b) {
            appendBytes(b.value().toArray(), sink);
        } else if (value instanceof AttributeValue.N n) {
            appendNumber(n.value(), sink);
        } else {
            throw new IllegalArgumentException("Not a key type: " + value.type());
        }
    }

    /**
     * The bytes every encoding of an S or B value starting with {@code prefix} starts with (the escaped bytes
     * without the terminator), for {@code begins_with} ranges.
     */
    public static byte[] encodePrefix(AttributeValue prefix) {
        byte[] encoded = encode(prefix);
        if (prefix instanceof AttributeValue.N) {
            throw new IllegalArgumentException("begins_with needs S or B");
        }
        return Arrays.copyOf(encoded, encoded.length - 2);
    }

    public static byte[] encodeNumber(DynamoNumber number) {
        Sink sink = new Sink(24);
        appendNumber(number, sink);
        return sink.toArray();
    }

    public static byte[] encodeBytes(byte[] bytes) {
        Sink sink = new Sink(bytes.length + 4);
        appendBytes(bytes, sink);
        return sink.toArray();
    }

    private static void appendBytes(byte[] bytes, Sink sink) {
        for (byte b : bytes) {
            sink.add(b);
            if (b == 0) {
                sink.add((byte) 0xFF);
            }
        }
        sink.add((byte) 0);
        sink.add((byte) 1);
    }

    private static void appendNumber(DynamoNumber number, Sink sink) {
        int signum = number.signum();
        if (signum == 0) {
            sink.add(ZERO);
            return;
        }
        sink.add(signum < 0 ? NEGATIVE : POSITIVE);
        int start = sink.size();
        BigDecimal magnitude = number.bigDecimal().abs();
        int exponent = magnitude.precision() - magnitude.scale() - 1;
        sink.add((byte) (exponent + EXPONENT_BIAS));
        String digits = magnitude.unscaledValue().toString();
        int length = digits.length();
        while (length > 1 && digits.charAt(length - 1) == '0') {
            length--;
        }
        for (int i = 0; i < length; i += 2) {
            int high = digits.charAt(i) - '0';
            int low = i + 1 < length ? digits.charAt(i + 1) - '0' : 0;
            sink.add((byte) (high * 10 + low + 1));
        }
        sink.add((byte) 0);
        if (signum < 0) {
            sink.invertFrom(start);
        }
    }

    /** A growable byte array. */
    static final class Sink {
        private byte[] bytes;
        private int size;

        Sink(int capacity) {
            bytes = new byte[capacity];
        }

        void add(byte b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = b;
        }

        int size() {
            return size;
        }

        void invertFrom(int start) {
            for (int i = start; i < size; i++) {
                bytes[i] = (byte) ~bytes[i];
            }
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
