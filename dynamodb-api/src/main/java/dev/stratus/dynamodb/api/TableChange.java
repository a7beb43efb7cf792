package dev.stratus.dynamodb.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A change in a table's life that subscribers care about.
 *
 * <ul>
 *   <li>{@code CREATED}: the table exists; {@code stream} is set when it was created with a stream enabled.</li>
 *   <li>{@code STREAM_ENABLED}: UpdateTable enabled a new stream, {@code stream}.</li>
 *   <li>{@code STREAM_DISABLED}: UpdateTable disabled {@code stream}.</li>
 *   <li>{@code DELETED}: the table is gone; {@code stream} is its enabled stream if it had one.</li>
 * </ul>
 *
 * @param keySchema the table's key schema, hash key first
 * @param stream    the stream the change concerns, or {@code null}
 */
public record TableChange(
        Kind kind,
        String accountId,
        String region,
        String tableName,
        List<KeyAttribute> keySchema,
        StreamSpec stream,
        Instant time) {

    public TableChange {
        Objects.requireNonNull(kind, "kind");
        keySchema = List.copyOf(keySchema);
        Objects.requireNonNull(time, "time");
    }

    public enum Kind { CREATED, STREAM_ENABLED, STREAM_DISABLED, DELETED }

    /** One element of a key schema: the attribute and its role ({@code HASH} or {@code RANGE}). */
    public record KeyAttribute(String attributeName, String keyType) {
    }

    /**
     * A table's stream as DynamoDB names it.
     *
     * @param streamArn {@code arn:aws:dynamodb:{region}:{account}:table/{table}/stream/{label}}
     * @param label     the stream label (ISO-8601 local time with milliseconds)
     * @param viewType  KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES
     */
    public record StreamSpec(String streamArn, String label, String viewType) {
    }
}
