package dev.stratus.dynamodb.api;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One committed change to one item. Keys and images are immutable attribute-value maps in the item's attribute
 * order; listeners that need DynamoDB JSON write them with
 * {@link dev.stratus.dynamodb.api.value.AttributeValueCodec}.
 *
 * @param accountId         the table's account
 * @param region            the table's region
 * @param tableName         the table's name
 * @param type              INSERT, MODIFY or REMOVE
 * @param keys              the item's key attributes
 * @param oldImage          the item before the change, {@code null} for INSERT
 * @param newImage          the item after the change, {@code null} for REMOVE
 * @param keysSizeBytes     DynamoDB's size of {@code keys}
 * @param oldImageSizeBytes DynamoDB's item size of {@code oldImage}, 0 when absent
 * @param newImageSizeBytes DynamoDB's item size of {@code newImage}, 0 when absent
 * @param time              when the change was committed, by the platform clock
 * @param userIdentity      who made the change when it was not a caller (TTL expiry), else {@code null}
 */
public record ItemChange(
        String accountId,
        String region,
        String tableName,
        ChangeType type,
        Map<String, AttributeValue> keys,
        Map<String, AttributeValue> oldImage,
        Map<String, AttributeValue> newImage,
        long keysSizeBytes,
        long oldImageSizeBytes,
        long newImageSizeBytes,
        Instant time,
        UserIdentity userIdentity) {

    public ItemChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(time, "time");
        keys = frozen(keys);
        oldImage = oldImage == null ? null : frozen(oldImage);
        newImage = newImage == null ? null : frozen(newImage);
    }

    private static Map<String, AttributeValue> frozen(Map<String, AttributeValue> attributes) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The principal of a change the service made itself, as stream records show it. */
    public record UserIdentity(String type, String principalId) {

        public static UserIdentity timeToLive() {
            return new UserIdentity("Service", "dynamodb.amazonaws.com");
        }
    }
}
