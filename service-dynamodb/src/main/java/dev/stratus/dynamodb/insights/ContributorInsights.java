package dev.stratus.dynamodb.insights;

/**
 * Contributor Insights on a table or one of its global indexes, kept as a table attachment.
 *
 * @param mode {@code ACCESSED_AND_THROTTLED_KEYS} or {@code THROTTLED_KEYS}
 */
record ContributorInsights(boolean enabled, String mode, long lastUpdateMillis) {

    static final ContributorInsights DISABLED = new ContributorInsights(false, null, 0);
}
