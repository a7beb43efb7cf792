package dev.stratus.dynamodb.api.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeValueTest {

    @Test
    void setsEqualRegardlessOfOrderButKeepTheirOrder() {
        AttributeValue.SS one = AttributeValue.ss("a", "b");
        AttributeValue.SS two = AttributeValue.ss("b", "a");
        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
        assertEquals(List.of("b", "a"), two.values());
        assertEquals(AttributeValue.ns("1", "2.0"), AttributeValue.ns("2", "1"));
        assertNotEquals(AttributeValue.ss("a"), AttributeValue.ss("a", "b"));
    }

    @Test
    void listsCompareInOrder() {
        assertNotEquals(AttributeValue.l(AttributeValue.s("a"), AttributeValue.s("b")),
                AttributeValue.l(AttributeValue.s("b"), AttributeValue.s("a")));
    }

    @Test
    void numbersEqualByValue() {
        assertEquals(AttributeValue.n("1.0"), AttributeValue.n("1"));
    }

    @Test
    void mapsKeepInsertionOrderAndAreImmutableCopies() {
        Map<String, AttributeValue> source = new LinkedHashMap<>();
        source.put("z", AttributeValue.s("1"));
        source.put("a", AttributeValue.s("2"));
        AttributeValue.M map = AttributeValue.m(source);
        source.put("b", AttributeValue.s("3"));
        assertEquals(List.of("z", "a"), List.copyOf(map.values().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> map.values().put("c", AttributeValue.nul()));
    }

    @Test
    void namesItsType() {
        assertEquals("BOOL", AttributeValue.bool(true).type());
        assertEquals("NULL", AttributeValue.nul().type());
        assertEquals("BS", new AttributeValue.BS(List.of(Bytes.empty())).type());
    }
}
