package dev.stratus.storage.rocksdb;

/** A read or write the disk refused (full, unwritable, I/O error); nothing of a failed write was applied. */
public final class StorageFailureException extends RuntimeException {

    public StorageFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
