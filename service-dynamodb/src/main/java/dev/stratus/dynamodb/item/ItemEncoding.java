package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.Bytes;
import dev.stratus.dynamodb.api.value.DynamoNumber;
import dev.stratus.dynamodb.api.value.ItemSize;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact binary form in which items are stored: attribute count, then per attribute its name and a tagged
 * value. Lengths and counts are unsigned varints; numbers are kept in their normal decimal text.
 */
public final class ItemEncoding {

    static final int S = 1;
    static final int N = 2;
    static final int B = 3;
    static final int TRUE = 4;
    static final int FALSE = 5;
    static final int NULL = 6;
    static final int SS = 7;
    static final int NS = 8;
    static final int BS = 9;
    static final int L = 10;
    static final int M = 11;

    private ItemEncoding() {
    }

    public static byte[] encode(Map<String, AttributeValue> item) {
        return encode(item, 0);
    }

    /**
     * Encodes an item whose {@link dev.stratus.dynamodb.api.value.ItemSize} is known: the encoding is about that
     * size plus a tag and a length per value, so the buffer starts large enough and is copied once.
     */
    public static byte[] encode(Map<String, AttributeValue> item, long itemSize) {
        Output out = new Output((int) Math.min(Math.max(128, itemSize + 4L * item.size() + 16), 1 << 16));
        writeMap(item, out);
        return out.toByteArray();
    }

    public static Map<String, AttributeValue> decode(byte[] bytes) {
        return readMap(new Input(bytes));
    }

    /**
     * The item's size as {@link ItemSize#of(Map)} reckons it for the decoded item, read from the encoding without
     * decoding it: names and strings are stored in UTF-8, numbers in their text.
     */
    public static long size(byte[] bytes) {
        return mapSize(new Input(bytes));
    }

    private static void writeMap(Map<String, AttributeValue> map, Output out) {
        out.varint(map.size());
        for (Map.Entry<String, AttributeValue> entry : map.entrySet()) {
            out.text(entry.getKey());
            write(entry.getValue(), out);
        }
    }

    private static void write(AttributeValue value, Output out) {
        if (value instanceof AttributeValue.S s) {
            out.write(S);
            out.text(s.value());
        } else if (value instanceof AttributeValue.N n) {
            out.write(N);
            out.text(n.value().toString());
        } else if (value instanceof AttributeValue.B b) {
            out.write(B);
            out.bytes(b.value().toArray());
        } else if (value instanceof AttributeValue.Bool bool) {
            out.write(bool.value() ? TRUE : FALSE);
        } else if (value instanceof AttributeValue.Null) {
            out.write(NULL);
        } else if (value instanceof AttributeValue.SS ss) {
            out.write(SS);
            out.varint(ss.values().size());
            ss.values().forEach(out::text);
        } else if (value instanceof AttributeValue.NS ns) {
            out.write(NS);
            out.varint(ns.values().size());
            ns.values().forEach(number -> out.text(number.toString()));
        } else if (value instanceof AttributeValue.BS bs) {
            out.write(BS);
            out.varint(bs.values().size());
            bs.values().forEach(bytes -> out.bytes(bytes.toArray()));
        } else if (value instanceof AttributeValue.L l) {
            out.write(L);
            out.varint(l.values().size());
            l.values().forEach(element -> write(element, out));
        } else if (value instanceof AttributeValue.M m) {
            out.write(M);
            writeMap(m.values(), out);
        }
    }

    private static Map<String, AttributeValue> readMap(Input in) {
        int size = in.varint();
        Map<String, AttributeValue> map = new LinkedHashMap<>(Math.max(4, size * 2));
        for (int i = 0; i < size; i++) {
            String name = in.text();
            map.put(name, read(in));
        }
        return map;
    }

    private static AttributeValue read(Input in) {
        int tag = in.read();
        return switch (tag) {
            case S -> new AttributeValue.S(in.text());
            case N -> new AttributeValue.N(number(in.text()));
            case B -> new AttributeValue.B(Bytes.of(in.bytes()));
            case TRUE -> new AttributeValue.Bool(true);
            case FALSE -> new AttributeValue.Bool(false);
            case NULL -> new AttributeValue.Null();
            case SS -> {
                int count = in.varint();
                List<String> values = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    values.add(in.text());
                }
                yield new AttributeValue.SS(values);
            }
            case NS -> {
                int count = in.varint();
                List<DynamoNumber> values = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    values.add(number(in.text()));
                }
                yield new AttributeValue.NS(values);
            }
            case BS -> {
                int count = in.varint();
                List<Bytes> values = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    values.add(Bytes.of(in.bytes()));
                }
                yield new AttributeValue.BS(values);
            }
            case L -> {
                int count = in.varint();
                List<AttributeValue> values = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    values.add(read(in));
                }
                yield new AttributeValue.L(values);
            }
            case M -> new AttributeValue.M(readMap(in));
            default -> throw new IllegalStateException("Corrupt stored item: unknown tag " + tag);
        };
    }

    private static long mapSize(Input in) {
        int count = in.varint();
        long size = 0;
        for (int i = 0; i < count; i++) {
            size += in.skip() + valueSize(in);
        }
        return size;
    }

    private static long valueSize(Input in) {
        int tag = in.read();
        switch (tag) {
            case S, B:
                return in.skip();
            case N:
                return numberSize(in);
            case TRUE, FALSE, NULL:
                return 1;
            case SS, BS: {
                int count = in.varint();
                long size = 0;
                for (int i = 0; i < count; i++) {
                    size += in.skip();
                }
                return size;
            }
            case NS: {
                int count = in.varint();
                long size = 0;
                for (int i = 0; i < count; i++) {
                    size += numberSize(in);
                }
                return size;
            }
            case L: {
                int count = in.varint();
                long size = ItemSize.DOCUMENT_OVERHEAD;
                for (int i = 0; i < count; i++) {
                    size += ItemSize.ELEMENT_OVERHEAD + valueSize(in);
                }
                return size;
            }
            case M: {
                int count = in.varint();
                long size = ItemSize.DOCUMENT_OVERHEAD;
                for (int i = 0; i < count; i++) {
                    size += ItemSize.ELEMENT_OVERHEAD + in.skip() + valueSize(in);
                }
                return size;
            }
            default:
                throw new IllegalStateException("Corrupt stored item: unknown tag " + tag);
        }
    }

    /**
     * The size of the stored number text at the input's position (a normal form: an optional minus, digits, perhaps
     * a point and more digits, no exponent), reckoned as {@link ItemSize#of(DynamoNumber)} does: from the decimal
     * exponents of its first and last non-zero digits.
     */
    private static long numberSize(Input in) {
        int length = in.varint();
        int start = in.position;
        int end = start + length;
        in.position = end;
        byte[] text = in.bytes;
        boolean negative = text[start] == '-';
        int point = end;
        int first = -1;
        int last = -1;
        for (int i = start; i < end; i++) {
            byte c = text[i];
            if (c == '.') {
                point = i;
            } else if (c >= '1' && c <= '9') {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return 1;
        }
        int mostSignificant = first < point ? point - first - 1 : point - first;
        int leastSignificant = last < point ? point - last - 1 : point - last;
        return ItemSize.ofNumber(mostSignificant, leastSignificant, negative);
    }

    private static DynamoNumber number(String normalForm) {
        return DynamoNumber.of(new BigDecimal(normalForm));
    }

    /** A growing buffer written by one thread: unlike {@code ByteArrayOutputStream}, no lock per byte. */
    private static final class Output {
        private byte[] buffer;
        private int size;

        Output(int capacity) {
            buffer = new byte[capacity];
        }

        void write(int b) {
            ensure(1);
            buffer[size++] = (byte) b;
        }

        void varint(int value) {
            int rest = value;
            while ((rest & ~0x7F) != 0) {
                write((rest & 0x7F) | 0x80);
                rest >>>= 7;
            }
            write(rest);
        }

        /** The text in UTF-8 after its length; ASCII text, the usual kind, is copied without an encoded copy. */
        void text(String text) {
            int length = text.length();
            for (int i = 0; i < length; i++) {
                if (text.charAt(i) >= 0x80) {
                    bytes(text.getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            varint(length);
            ensure(length);
            for (int i = 0; i < length; i++) {
                buffer[size++] = (byte) text.charAt(i);
            }
        }

        void bytes(byte[] bytes) {
            varint(bytes.length);
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, size);
        }

        private void ensure(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }
    }

    /** A reader of the encoding; the other walkers of the format in this package share it. */
    static final class Input {
        final byte[] bytes;
        int position;

        Input(byte[] bytes) {
            this.bytes = bytes;
        }

        int read() {
            return bytes[position++] & 0xFF;
        }

        int varint() {
            int value = 0;
            int shift = 0;
            int b;
            do {
                b = read();
                value |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return value;
        }

        String text() {
            int length = varint();
            String text = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return text;
        }

        /** Skips a length-prefixed text or byte string; returns its length in bytes. */
        int skip() {
            int length = varint();
            position += length;
            return length;
        }

        byte[] bytes() {
            int length = varint();
            byte[] copy = Arrays.copyOfRange(bytes, position, length + position);
            position += length;
            return copy;
        }
    }
}
