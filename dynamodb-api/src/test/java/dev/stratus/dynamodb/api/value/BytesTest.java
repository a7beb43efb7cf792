package dev.stratus.dynamodb.api.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BytesTest {

    @Test
    void ordersBytesUnsigned() {
        assertTrue(Bytes.of(new byte[] {(byte) 0xff}).compareTo(Bytes.of(new byte[] {0x01})) > 0);
        assertTrue(Bytes.of(new byte[] {1}).compareTo(Bytes.of(new byte[] {1, 0})) < 0);
    }

    @Test
    void equalsByContent() {
        assertEquals(Bytes.of(new byte[] {1, 2}), Bytes.fromBase64("AQI="));
        assertEquals(Bytes.of(new byte[] {1, 2}).hashCode(), Bytes.fromBase64("AQI=").hashCode());
        assertNotEquals(Bytes.of(new byte[] {1, 2}), Bytes.of(new byte[] {2, 1}));
    }

    @Test
    void isImmutable() {
        byte[] source = {1, 2};
        Bytes bytes = Bytes.of(source);
        source[0] = 9;
        bytes.toArray()[1] = 9;
        assertEquals("AQI=", bytes.toBase64());
    }

    @Test
    void findsPrefixesAndParts() {
        Bytes bytes = Bytes.of(new byte[] {1, 2, 3});
        assertTrue(bytes.startsWith(Bytes.of(new byte[] {1, 2})));
        assertFalse(bytes.startsWith(Bytes.of(new byte[] {2})));
        assertTrue(bytes.contains(Bytes.of(new byte[] {2, 3})));
        assertFalse(bytes.contains(Bytes.of(new byte[] {3, 1})));
    }
}
