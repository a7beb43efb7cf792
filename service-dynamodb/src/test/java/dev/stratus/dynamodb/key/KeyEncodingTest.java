package dev.stratus.dynamodb.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.DynamoNumber;
import dev.stratus.spi.storage.ByteKeys;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyEncodingTest {

    @Test
    void numbersSortNumerically() {
        List<String> ascending = List.of("-9.9999999999999999999999999999999999999E+125", "-1E10", "-100", "-99.5",
                "-10", "-1", "-0.5", "-0.05", "-1E-130", "0", "1E-130", "0.0001", "0.001", "0.1", "0.12", "0.120001",
                "1", "1.5", "2", "9", "10", "10.5", "11", "99", "100", "101", "1E125",
                "9.9999999999999999999999999999999999999E+125");
        for (int i = 1; i < ascending.size(); i++) {
            byte[] lower = KeyEncoding.encodeNumber(DynamoNumber.parse(ascending.get(i - 1)));
            byte[] higher = KeyEncoding.encodeNumber(DynamoNumber.parse(ascending.get(i)));
            assertTrue(ByteKeys.compare(lower, higher) < 0, ascending.get(i - 1) + " < " + ascending.get(i));
        }
    }

    @Test
    void equalNumbersEncodeAlike() {
        assertEquals(Arrays.toString(KeyEncoding.encodeNumber(DynamoNumber.parse("1.50"))),
                Arrays.toString(KeyEncoding.encodeNumber(DynamoNumber.parse("15E-1"))));
        assertEquals(Arrays.toString(KeyEncoding.encodeNumber(DynamoNumber.parse("100"))),
                Arrays.toString(KeyEncoding.encodeNumber(DynamoNumber.parse("1e2"))));
    }

    @Test
    void randomNumbersKeepTheirOrder() {
        Random random = new Random(42);
        List<DynamoNumber> numbers = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong()).movePointLeft(random.nextInt(40) - 20);
            numbers.add(DynamoNumber.of(value.round(new java.math.MathContext(38))));
        }
        List<DynamoNumber> byValue = numbers.stream().sorted().toList();
        List<DynamoNumber> byEncoding = numbers.stream()
                .sorted(Comparator.comparing(KeyEncoding::encodeNumber, ByteKeys::compare)).toList();
        assertEquals(byValue, byEncoding);
    }

    @Test
    void stringsSortByUnsignedUtf8Bytes() {
        List<String> ascending = List.of("", "\u0000", "\u0000a", "A", "Z", "a", "a\u0000", "ab", "b", "é", "\uD83D\uDE00");
        for (int i = 1; i < ascending.size(); i++) {
            byte[] lower = KeyEncoding.encode(AttributeValue.s(ascending.get(i - 1)));
            byte[] higher = KeyEncoding.encode(AttributeValue.s(ascending.get(i)));
            assertTrue(ByteKeys.compare(lower, higher) < 0, i + ": " + ascending.get(i - 1) + " < " + ascending.get(i));
        }
    }

    @Test
    void binariesSortByUnsignedBytes() {
        byte[] low = {0x01, (byte) 0x7F};
        byte[] high = {0x01, (byte) 0x80};
        assertTrue(ByteKeys.compare(KeyEncoding.encodeBytes(low), KeyEncoding.encodeBytes(high)) < 0);
    }

    @Test
    void aHashKeyIsNeverAPrefixOfAnotherHashKeysEncoding() {
        byte[] a = KeyEncoding.encode(AttributeValue.s("a"));
        byte[] abWithRange = KeyEncoding.encode(List.of(AttributeValue.s("ab"), AttributeValue.n("1")));
        assertTrue(!startsWith(abWithRange, a));
        byte[] one = KeyEncoding.encode(AttributeValue.n("1"));
        byte[] eleven = KeyEncoding.encode(AttributeValue.n("11"));
        assertTrue(!startsWith(eleven, one));
    }

    @Test
    void compositeKeysSortByHashThenRange() {
        byte[] first = KeyEncoding.encode(List.of(AttributeValue.s("a"), AttributeValue.s("z".repeat(5))));
        byte[] second = KeyEncoding.encode(List.of(AttributeValue.s("a\u0001"), AttributeValue.s("a")));
        assertTrue(ByteKeys.compare(first, second) < 0);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
