package dev.stratus.dynamodb.insights;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.table.ConstraintViolations;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableAttachments;
import dev.stratus.dynamodb.table.TableNames;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** DescribeContributorInsights, UpdateContributorInsights and ListContributorInsights. */
@Singleton
public final class InsightsOperations {

    private static final List<String> ACTIONS = List.of("ENABLE", "DISABLE");
    private static final List<String> MODES = List.of("ACCESSED_AND_THROTTLED_KEYS", "THROTTLED_KEYS");
    private static final int MAX_RESULTS = 100;

    private final TableService tables;
    private final TableAttachments attachments;
    private final Clock clock;

    @Inject
    public InsightsOperations(TableService tables, TableAttachments attachments, Clock clock) {
        this.tables = tables;
        this.attachments = attachments;
        this.clock = clock;
    }

    public ContributorInsightsDescription describeContributorInsights(String tableName, String indexName,
                                                                      RequestContext context) {
        Table table = table(context, tableName, indexName);
        ContributorInsights insights = insights(table, indexName);
        return new ContributorInsightsDescription(table.name(), indexName, insights.enabled() ? "ENABLED" : "DISABLED",
                insights.enabled() ? insights.mode() : null, insights.lastUpdateMillis());
    }

    /**
     * Switches Contributor Insights as {@code action} (ENABLE or DISABLE) asks.
     *
     * @param requestedMode {@code null} for the default mode
     */
    public ContributorInsightsDescription updateContributorInsights(String tableName, String indexName,
                                                                    String action, String requestedMode,
                                                                    RequestContext context) {
        new ConstraintViolations().notNull(action, "contributorInsightsAction")
                .enumValue(action, "contributorInsightsAction", ACTIONS)
                .enumValue(requestedMode, "contributorInsightsMode", MODES).throwIfAny();
        Table table = table(context, tableName, indexName);
        boolean enable = action.equals("ENABLE");
        String mode = requestedMode == null ? MODES.get(0) : requestedMode;
        long now = clock.millis();
        table.writeLock().lock();
        try {
            attachments.put(table.definition(), attachment(indexName),
                    new ContributorInsights(enable, enable ? mode : null, now));
        } finally {
            table.writeLock().unlock();
        }
        return new ContributorInsightsDescription(table.name(), indexName, enable ? "ENABLING" : "DISABLING",
                enable ? mode : null, now);
    }

    /**
     * The enabled Contributor Insights of the table, or of every table when {@code tableName} is {@code null}.
     *
     * @param maxResults {@code null} for the largest page
     * @param nextToken  {@code null} for the first page
     */
    public ListContributorInsightsResult listContributorInsights(String tableName, Long maxResults, String nextToken,
                                                                 RequestContext context) {
        new ConstraintViolations().atMost(maxResults, "maxResults", MAX_RESULTS).throwIfAny();
        List<String> names = tableName == null ? tables.names(context)
                : List.of(table(context, tableName, null).name());
        List<ContributorInsightsDescription> enabled = new ArrayList<>();
        for (String name : names) {
            tables.byName(context, name).ifPresent(table -> {
                addIfEnabled(enabled, table, null);
                table.definition().globalIndexes().stream().map(SecondaryIndex::name)
                        .forEach(index -> addIfEnabled(enabled, table, index));
            });
        }
        int from = nextToken == null ? 0 : Math.min(parseToken(nextToken), enabled.size());
        int pageSize = maxResults == null || maxResults <= 0 ? MAX_RESULTS : maxResults.intValue();
        return new ListContributorInsightsResult(enabled.subList(from, Math.min(enabled.size(), from + pageSize)),
                from + pageSize < enabled.size() ? String.valueOf(from + pageSize) : null);
    }

    private void addIfEnabled(List<ContributorInsightsDescription> enabled, Table table, String indexName) {
        ContributorInsights insights = insights(table, indexName);
        if (insights.enabled()) {
            enabled.add(new ContributorInsightsDescription(table.name(), indexName, "ENABLED", insights.mode(),
                    insights.lastUpdateMillis()));
        }
    }

    private ContributorInsights insights(Table table, String indexName) {
        return attachments.get(table.definition(), attachment(indexName), ContributorInsights.class)
                .orElse(ContributorInsights.DISABLED);
    }

    private static String attachment(String indexName) {
        return indexName == null ? "contributor-insights" : "contributor-insights/index/" + indexName;
    }

    private Table table(RequestContext context, String nameOrArn, String indexName) {
        String name = TableNames.nameOf(nameOrArn);
        ConstraintViolations violations = new ConstraintViolations().name(name, "tableName", 3, 255);
        if (indexName != null) {
            violations.name(indexName, "indexName", 3, 255);
        }
        violations.throwIfAny();
        Table table = tables.byName(context, name).orElseThrow(() -> DynamoDbErrors.tableNotFound(name));
        if (indexName != null && table.definition().index(indexName).filter(SecondaryIndex::global).isEmpty()) {
            throw DynamoDbErrors.resourceNotFound();
        }
        return table;
    }

    private static int parseToken(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw DynamoDbErrors.validation("Invalid NextToken");
        }
    }
}
