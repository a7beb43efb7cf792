package dev.stratus.spi.storage;

/**
 * A stored entry, as a {@link KeyValueStore#scan} hands it out. The arrays are the caller's to read, not to
 * change: an engine may share them with its own state.
 */
public record KeyValue(byte[] key, byte[] value) {
}
