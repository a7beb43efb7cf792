package dev.stratus.spi.storage;

/** A stored entry. The arrays are the caller's to read, not to change. */
public record KeyValue(byte[] key, byte[] value) {
}
