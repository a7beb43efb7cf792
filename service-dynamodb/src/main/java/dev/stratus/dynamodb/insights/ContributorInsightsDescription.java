package dev.stratus.dynamodb.insights;

/**
 * Contributor Insights on a table or one of its global indexes, as the insights operations describe it.
 *
 * @param indexName        {@code null} for the table itself
 * @param status           ENABLED, DISABLED, or ENABLING / DISABLING right after a change
 * @param mode             {@code null} unless enabled or being enabled
 * @param lastUpdateMillis 0 if never switched
 */
public record ContributorInsightsDescription(String tableName, String indexName, String status, String mode,
                                             long lastUpdateMillis) {
}
