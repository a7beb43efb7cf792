package dev.stratus.dynamodb.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One committed change to one item. Images and keys are in DynamoDB's JSON form
 * ({@code {"Id": {"S": "a"}}}); they are shared, never to be modified.
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
        ObjectNode keys,
        ObjectNode oldImage,
        ObjectNode newImage,
        long keysSizeBytes,
        long oldImageSizeBytes,
        long newImageSizeBytes,
        Instant time,
        UserIdentity userIdentity) {

    public ItemChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(time, "time");
    }

    /** The principal of a change the service made itself, as stream records show it. */
    public record UserIdentity(String type, String principalId) {

        public static UserIdentity timeToLive() {
            return new UserIdentity("Service", "dynamodb.amazonaws.com");
        }
    }
}
