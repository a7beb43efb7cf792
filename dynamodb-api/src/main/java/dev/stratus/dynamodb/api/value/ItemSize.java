package dev.stratus.dynamodb.api.value;

import java.math.BigDecimal;
import java.util.Map;

/**
 * DynamoDB's item size arithmetic, used for the 400 KB item limit, consumed capacity and stream record sizes.
 *
 * <p>A number is stored as base-100 digit pairs aligned on the decimal point (leading and trailing zero pairs
 * dropped), one exponent byte, and one more byte when negative; zero takes one byte.
 */
public final class ItemSize {

    /** The largest item DynamoDB stores: 400 KB. */
    public static final long MAX_ITEM_BYTES = 400 * 1024;

    /** What a list or map adds to the size of its elements. */
    public static final int DOCUMENT_OVERHEAD = 3;
    /** What each element of a list or map adds. */
    public static final int ELEMENT_OVERHEAD = 1;
    private static final int MAX_NUMBER_BYTES = 21;

    private ItemSize() {
    }

    /** The size of an item: per attribute, its name's UTF-8 length plus its value's size. */
    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += utf8Length(attribute.getKey()) + of(attribute.getValue());
        }
        return size;
    }

    public static long of(AttributeValue value) {
        if (value instanceof AttributeValue.S s) {
            return utf8Length(s.value());
        }
        if (value instanceof AttributeValue.N n) {
            return of(n.value());
        }
        if (value instanceof AttributeValue.B b) {
            return b.value().length();
        }
        if (value instanceof AttributeValue.Bool || value instanceof AttributeValue.Null) {
            return 1;
        }
        if (value instanceof AttributeValue.SS ss) {
            return ss.values().stream().mapToLong(ItemSize::utf8Length).sum();
        }
        if (value instanceof AttributeValue.NS ns) {
            return ns.values().stream().mapToLong(ItemSize::of).sum();
        }
        if (value instanceof AttributeValue.BS bs) {
            return bs.values().stream().mapToLong(Bytes::length).sum();
        }
        if (value instanceof AttributeValue.L l) {
            long size = DOCUMENT_OVERHEAD;
            for (AttributeValue element : l.values()) {
                size += ELEMENT_OVERHEAD + of(element);
            }
            return size;
        }
        AttributeValue.M m = (AttributeValue.M) value;
        return DOCUMENT_OVERHEAD + of(m.values()) + (long) ELEMENT_OVERHEAD * m.values().size();
    }

    public static long of(DynamoNumber number) {
        if (number.signum() == 0) {
            return 1;
        }
        BigDecimal digits = number.bigDecimal();
        return ofNumber(digits.precision() - digits.scale() - 1, -digits.scale(), number.signum() < 0);
    }

    /**
     * The size of a non-zero number given the decimal exponents of its most and least significant non-zero digits
     * ({@code 120.5}: 2 and -1).
     */
    public static long ofNumber(int mostSignificant, int leastSignificant, boolean negative) {
        int pairs = Math.floorDiv(mostSignificant, 2) - Math.floorDiv(leastSignificant, 2) + 1;
        long size = 1 + pairs + (negative ? 1 : 0);
        return Math.min(size, MAX_NUMBER_BYTES);
    }

    /** The length of the text in UTF-8, counted without encoding it (a lone surrogate is encoded as {@code ?}). */
    public static long utf8Length(String text) {
        int length = text.length();
        long bytes = length;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c < 0x800) {
                bytes += 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 2;
                i++;
            } else if (!Character.isSurrogate(c)) {
                bytes += 2;
            }
        }
        return bytes;
    }
}
