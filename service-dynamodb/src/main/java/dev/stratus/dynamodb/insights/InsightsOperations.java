package dev.stratus.dynamodb.insights;

import static dev.stratus.dynamodb.protocol.table.TableResults.seconds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.ConstraintViolations;
import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.dynamodb.OperationGroup;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableAttachments;
import dev.stratus.dynamodb.table.TableNames;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.JsonOperation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** DescribeContributorInsights, UpdateContributorInsights and ListContributorInsights. */
@Singleton
public final class InsightsOperations implements OperationGroup {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
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

    @Override
    public Map<String, JsonOperation> operations() {
        return Map.of(
                "DescribeContributorInsights", this::describeContributorInsights,
                "UpdateContributorInsights", this::updateContributorInsights,
                "ListContributorInsights", this::listContributorInsights);
    }

    JsonNode describeContributorInsights(JsonNode input, RequestContext context) {
        String indexName = JsonInput.text(input, "IndexName");
        Table table = table(context, JsonInput.text(input, "TableName"), indexName);
        ContributorInsights insights = insights(table, indexName);
        ObjectNode output = subject(table, indexName)
                .put("ContributorInsightsStatus", insights.enabled() ? "ENABLED" : "DISABLED");
        if (insights.enabled()) {
            output.put("ContributorInsightsMode", insights.mode());
        }
        if (insights.lastUpdateMillis() != 0) {
            output.put("LastUpdateDateTime", seconds(insights.lastUpdateMillis()));
        }
        return output;
    }

    JsonNode updateContributorInsights(JsonNode input, RequestContext context) {
        String indexName = JsonInput.text(input, "IndexName");
        String action = JsonInput.text(input, "ContributorInsightsAction");
        String requestedMode = JsonInput.text(input, "ContributorInsightsMode");
        new ConstraintViolations().notNull(action, "contributorInsightsAction")
                .enumValue(action, "contributorInsightsAction", ACTIONS)
                .enumValue(requestedMode, "contributorInsightsMode", MODES).throwIfAny();
        Table table = table(context, JsonInput.text(input, "TableName"), indexName);
        boolean enable = action.equals("ENABLE");
        String mode = requestedMode == null ? MODES.get(0) : requestedMode;
        table.writeLock().lock();
        try {
            attachments.put(table.definition(), attachment(indexName),
                    new ContributorInsights(enable, enable ? mode : null, clock.millis()));
        } finally {
            table.writeLock().unlock();
        }
        ObjectNode output = subject(table, indexName).put("ContributorInsightsStatus", enable ? "ENABLING" : "DISABLING");
        if (enable) {
            output.put("ContributorInsightsMode", mode);
        }
        return output;
    }

    JsonNode listContributorInsights(JsonNode input, RequestContext context) {
        String tableName = JsonInput.text(input, "TableName");
        Long maxResults = JsonInput.number(input, "MaxResults");
        String nextToken = JsonInput.text(input, "NextToken");
        new ConstraintViolations().atMost(maxResults, "maxResults", MAX_RESULTS).throwIfAny();
        List<String> names = tableName == null ? tables.names(context) : List.of(table(context, tableName, null).name());
        List<ObjectNode> summaries = new ArrayList<>();
        for (String name : names) {
            tables.byName(context, name).ifPresent(table -> {
                summaries.add(summary(table, null));
                table.definition().globalIndexes().stream().map(SecondaryIndex::name)
                        .forEach(index -> summaries.add(summary(table, index)));
            });
        }
        List<ObjectNode> enabled = summaries.stream()
                .filter(summary -> summary.get("ContributorInsightsStatus").asText().equals("ENABLED")).toList();
        int from = nextToken == null ? 0 : Math.min(parseToken(nextToken), enabled.size());
        int pageSize = maxResults == null || maxResults <= 0 ? MAX_RESULTS : maxResults.intValue();
        ObjectNode output = JSON.objectNode();
        ArrayNode array = output.putArray("ContributorInsightsSummaries");
        enabled.subList(from, Math.min(enabled.size(), from + pageSize)).forEach(array::add);
        if (from + pageSize < enabled.size()) {
            output.put("NextToken", String.valueOf(from + pageSize));
        }
        return output;
    }

    private ObjectNode summary(Table table, String indexName) {
        ContributorInsights insights = insights(table, indexName);
        ObjectNode summary = subject(table, indexName)
                .put("ContributorInsightsStatus", insights.enabled() ? "ENABLED" : "DISABLED");
        if (insights.enabled()) {
            summary.put("ContributorInsightsMode", insights.mode());
        }
        return summary;
    }

    private static ObjectNode subject(Table table, String indexName) {
        ObjectNode node = JSON.objectNode().put("TableName", table.name());
        if (indexName != null) {
            node.put("IndexName", indexName);
        }
        return node;
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
