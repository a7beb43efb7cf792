package dev.stratus.dynamodb.table;

/**
 * A StreamSpecification as a request gives it.
 *
 * @param viewType {@code null} when the request names none
 */
public record StreamRequest(boolean enabled, String viewType) {
}
