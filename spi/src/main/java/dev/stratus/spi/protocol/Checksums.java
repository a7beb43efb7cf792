package dev.stratus.spi.protocol;

import java.util.zip.CRC32;

/**
 * The checksums AWS protocols put on responses, computed over exactly the bytes sent, as AWS computes them
 * (SDKs verify them and retry on a mismatch). Stateless and safe from any thread.
 */
public final class Checksums {

    private Checksums() {
    }

    /** CRC32 of the bytes as the unsigned decimal DynamoDB's {@code x-amz-crc32} header carries. */
    public static String crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return Long.toString(crc.getValue());
    }
}
