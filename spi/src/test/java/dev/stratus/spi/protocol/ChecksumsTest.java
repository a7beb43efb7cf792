package dev.stratus.spi.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChecksumsTest {

    @Test
    void crc32IsTheUnsignedDecimalOfTheBodysChecksum() {
        assertEquals("2745614147", Checksums.crc32("{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("0", Checksums.crc32(new byte[0]));
    }
}
