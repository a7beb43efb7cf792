package dev.stratus.storage.rocksdb;

/** The data directory cannot be opened; the message names the directory and why, for the person starting Stratus. */
public final class StorageOpenException extends RuntimeException {

    public StorageOpenException(String message) {
        super(message);
    }

    public StorageOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
