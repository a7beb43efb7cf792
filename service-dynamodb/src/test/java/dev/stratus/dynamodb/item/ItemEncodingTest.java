package dev.stratus.dynamodb.item;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.Bytes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemEncodingTest {

    @Test
    void everyTypeSurvivesARoundTrip() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("s", AttributeValue.s("héllo"));
        item.put("empty", AttributeValue.s(""));
        item.put("n", AttributeValue.n("-12.5E-3"));
        item.put("b", AttributeValue.b(new byte[] {0, -1, 7}));
        item.put("t", AttributeValue.bool(true));
        item.put("f", AttributeValue.bool(false));
        item.put("null", AttributeValue.nul());
        item.put("ss", AttributeValue.ss("a", "b"));
        item.put("ns", AttributeValue.ns("1", "2.5"));
        item.put("bs", new AttributeValue.BS(List.of(Bytes.of(new byte[] {1}), Bytes.of(new byte[0]))));
        item.put("l", AttributeValue.l(AttributeValue.n("1"), AttributeValue.l(), AttributeValue.s("x")));
        item.put("m", AttributeValue.m(Map.of("inner", AttributeValue.m(Map.of("deep", AttributeValue.bool(true))))));
        item.put("long", AttributeValue.s("z".repeat(300)));

        Map<String, AttributeValue> decoded = ItemEncoding.decode(ItemEncoding.encode(item));

        assertEquals(item, decoded);
        assertEquals(List.copyOf(item.keySet()), List.copyOf(decoded.keySet()));
    }

    @Test
    void storesTextsAsTheirUtf8LengthThenBytes() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("\u00e9\ud83d\ude00", AttributeValue.s("a\u007f\u00e9"));
        item.put("k", AttributeValue.s("x".repeat(130)));

        byte[] head = {2, 6, (byte) 0xc3, (byte) 0xa9, (byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80,
            1, 4, 'a', 0x7f, (byte) 0xc3, (byte) 0xa9, 1, 'k', 1, (byte) 0x82, 1};
        byte[] expected = Arrays.copyOf(head, head.length + 130);
        Arrays.fill(expected, head.length, expected.length, (byte) 'x');

        assertArrayEquals(expected, ItemEncoding.encode(item));
    }

    @Test
    void storedFormIsCompact() {
        Map<String, AttributeValue> item = Map.of("id", AttributeValue.s("user-123"), "age", AttributeValue.n("42"));

        assertTrue(ItemEncoding.encode(item).length <= 24);
    }
}
