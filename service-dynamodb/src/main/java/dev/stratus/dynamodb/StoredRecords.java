package dev.stratus.dynamodb;

/**
 * How the engine keeps its records (table definitions, table attachments, backups) in storage: bytes in, the same
 * record out. Values written by a later version may carry fields this one does not know; they are not an error.
 */
public interface StoredRecords {

    byte[] write(Object record);

    <T> T read(byte[] bytes, Class<T> type);
}
