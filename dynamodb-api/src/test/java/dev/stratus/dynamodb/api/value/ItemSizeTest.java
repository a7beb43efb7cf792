package dev.stratus.dynamodb.api.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemSizeTest {

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 2", "10, 2", "100, 2", "12345, 4", "-1, 3", "1.1, 3", "0.5, 2", "0.05, 2",
            "123.45, 4", "-12345, 5"})
    void sizesNumbersByDigitPairs(String number, long size) {
        assertEquals(size, ItemSize.of(DynamoNumber.parse(number)));
    }

    @Test
    void countsUtf8BytesAsEncodingWouldWithoutEncoding() {
        List<String> texts = List.of("", "plain", "\u007f\u0080\u07ff\u0800\uffff", "\u00e9t\u00e9", "\ud83d\ude00!",
                "\ud83d", "x\ude00", "\ude00\ud83d", "\ud83d\ud83d\ude00", "end\ud83d");
        for (String text : texts) {
            assertEquals(text.getBytes(StandardCharsets.UTF_8).length, ItemSize.utf8Length(text), text);
        }
    }

    @Test
    void sumsNamesAndValues() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("id", AttributeValue.s("abc"));          // 2 + 3
        item.put("é", AttributeValue.s("é"));             // 2 + 2
        item.put("flag", AttributeValue.bool(true));      // 4 + 1
        item.put("none", AttributeValue.nul());           // 4 + 1
        item.put("b", AttributeValue.b(new byte[10]));    // 1 + 10
        item.put("ss", AttributeValue.ss("ab", "cde"));   // 2 + 5
        assertEquals(5 + 4 + 5 + 5 + 11 + 7, ItemSize.of(item));
    }

    @Test
    void documentsCostThreeBytesAndOnePerElement() {
        AttributeValue list = AttributeValue.l(AttributeValue.s("ab"), AttributeValue.bool(false));
        assertEquals(3 + (1 + 2) + (1 + 1), ItemSize.of(list));
        AttributeValue map = AttributeValue.m(Map.of("k", AttributeValue.s("vv")));
        assertEquals(3 + (1 + 1 + 2), ItemSize.of(map));
        assertEquals(3, ItemSize.of(AttributeValue.l()));
    }
}
