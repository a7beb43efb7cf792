package dev.stratus.dynamodb.item;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * An item's DynamoDB JSON written straight from its stored encoding, byte for byte what Jackson's generator writes
 * for the decoded item ({@code AttributeValueCodec.writeItem}): no spaces, numbers in their stored normal form,
 * binaries in padded base64, strings escaped as Jackson escapes them ({@code "}, {@code \} and control characters;
 * characters outside the Basic Multilingual Plane as their two {@code \}{@code uXXXX} surrogates; the rest as
 * UTF-8).
 */
public final class EncodedItemJson {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /**
     * The bytes that start an escape: control characters, {@code "} and {@code \}, and the first byte of a
     * character outside the Basic Multilingual Plane (written as its two surrogates).
     */
    private static final boolean[] ESCAPED = new boolean[256];

    static {
        for (int b = 0; b < 0x20; b++) {
            ESCAPED[b] = true;
        }
        ESCAPED['"'] = true;
        ESCAPED['\\'] = true;
        for (int b = 0xF0; b < 0xF8; b++) {
            ESCAPED[b] = true;
        }
    }

    private byte[] buffer;
    private int size;

    private EncodedItemJson(int capacity) {
        buffer = new byte[capacity];
    }

    /** The JSON object of the item stored as {@code encoding}, in UTF-8. */
    public static byte[] of(byte[] encoding) {
        EncodedItemJson out = new EncodedItemJson(encoding.length + encoding.length / 2 + 32);
        out.map(new ItemEncoding.Input(encoding));
        return Arrays.copyOf(out.buffer, out.size);
    }

    private void map(ItemEncoding.Input in) {
        int count = in.varint();
        write('{');
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                write(',');
            }
            string(in);
            write(':');
            value(in);
        }
        write('}');
    }

    private void value(ItemEncoding.Input in) {
        int tag = in.read();
        switch (tag) {
            case ItemEncoding.S -> {
                ascii("{\"S\":");
                string(in);
                write('}');
            }
            case ItemEncoding.N -> {
                ascii("{\"N\":");
                number(in);
                write('}');
            }
            case ItemEncoding.B -> {
                ascii("{\"B\":");
                binary(in);
                write('}');
            }
            case ItemEncoding.TRUE -> ascii("{\"BOOL\":true}");
            case ItemEncoding.FALSE -> ascii("{\"BOOL\":false}");
            case ItemEncoding.NULL -> ascii("{\"NULL\":true}");
            case ItemEncoding.SS -> members("{\"SS\":[", in, this::string);
            case ItemEncoding.NS -> members("{\"NS\":[", in, this::number);
            case ItemEncoding.BS -> members("{\"BS\":[", in, this::binary);
            case ItemEncoding.L -> members("{\"L\":[", in, this::value);
            case ItemEncoding.M -> {
                ascii("{\"M\":");
                map(in);
                write('}');
            }
            default -> throw new IllegalStateException("Corrupt stored item: unknown tag " + tag);
        }
    }

    /** A set or list: its opening ({@code {"SS":[}), its members, then the end of its array and of its value. */
    private void members(String opening, ItemEncoding.Input in, Consumer<ItemEncoding.Input> member) {
        ascii(opening);
        int count = in.varint();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                write(',');
            }
            member.accept(in);
        }
        write(']');
        write('}');
    }

    /** A stored number: its text needs no escapes. */
    private void number(ItemEncoding.Input in) {
        int length = in.varint();
        ensure(length + 2);
        buffer[size++] = '"';
        System.arraycopy(in.bytes, in.position, buffer, size, length);
        size += length;
        buffer[size++] = '"';
        in.position += length;
    }

    private void binary(ItemEncoding.Input in) {
        byte[] base64 = Base64.getEncoder().encode(in.bytes());
        ensure(base64.length + 2);
        buffer[size++] = '"';
        System.arraycopy(base64, 0, buffer, size, base64.length);
        size += base64.length;
        buffer[size++] = '"';
    }

    /**
     * A stored UTF-8 text as a quoted, escaped JSON string: runs of bytes that need no escape are copied as they
     * are. Room for the text as it is is made first; an escape makes room for itself and the rest of the text.
     */
    private void string(ItemEncoding.Input in) {
        int length = in.varint();
        byte[] text = in.bytes;
        int end = in.position + length;
        ensure(length + 2);
        buffer[size++] = '"';
        int run = in.position;
        for (int i = in.position; i < end; i++) {
            int b = text[i] & 0xFF;
            if (!ESCAPED[b]) {
                continue;
            }
            copy(text, run, i);
            if (b < 0x80) {
                ensure(end - i + 6);
                escape(b);
            } else {
                ensure(end - i + 12);
                int codePoint = (b & 0x07) << 18 | (text[i + 1] & 0x3F) << 12 | (text[i + 2] & 0x3F) << 6
                        | text[i + 3] & 0x3F;
                unicodeEscape(Character.highSurrogate(codePoint));
                unicodeEscape(Character.lowSurrogate(codePoint));
                i += 3;
            }
            run = i + 1;
        }
        copy(text, run, end);
        buffer[size++] = '"';
        in.position = end;
    }

    private void copy(byte[] text, int from, int to) {
        System.arraycopy(text, from, buffer, size, to - from);
        size += to - from;
    }

    private void escape(int c) {
        char shortForm = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        if (shortForm == 0) {
            unicodeEscape((char) c);
            return;
        }
        buffer[size++] = '\\';
        buffer[size++] = (byte) shortForm;
    }

    private void unicodeEscape(char c) {
        buffer[size++] = '\\';
        buffer[size++] = 'u';
        buffer[size++] = HEX[c >> 12 & 0xF];
        buffer[size++] = HEX[c >> 8 & 0xF];
        buffer[size++] = HEX[c >> 4 & 0xF];
        buffer[size++] = HEX[c & 0xF];
    }

    private void ascii(String text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            buffer[size++] = (byte) text.charAt(i);
        }
    }

    private void write(char c) {
        ensure(1);
        buffer[size++] = (byte) c;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
