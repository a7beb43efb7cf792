package dev.stratus.dynamodb.legacy;

import dev.stratus.dynamodb.api.value.AttributeValue;

/**
 * One entry of UpdateItem's {@code AttributeUpdates}, as the request gave it.
 *
 * @param action {@code PUT}, {@code ADD} or {@code DELETE}; {@code null} (absent) is PUT
 * @param value  {@code null} when absent
 */
public record AttributeUpdate(String attribute, String action, AttributeValue value) {
}
