package dev.stratus.dynamodb.insights;

import java.util.List;

/**
 * A page of the enabled Contributor Insights.
 *
 * @param nextToken {@code null} on the last page
 */
public record ListContributorInsightsResult(List<ContributorInsightsDescription> summaries, String nextToken) {

    public ListContributorInsightsResult {
        summaries = List.copyOf(summaries);
    }
}
