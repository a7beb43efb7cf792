package dev.stratus.dynamodb.protocol.insights;

import static dev.stratus.dynamodb.protocol.table.TableResults.seconds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.OperationGroup;
import dev.stratus.dynamodb.insights.ContributorInsightsDescription;
import dev.stratus.dynamodb.insights.InsightsOperations;
import dev.stratus.dynamodb.insights.ListContributorInsightsResult;
import dev.stratus.dynamodb.protocol.JsonInput;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.JsonOperation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;

/** The Contributor Insights operations as JSON, run by {@link InsightsOperations}. */
@Singleton
public final class InsightsJsonOperations implements OperationGroup {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final InsightsOperations insights;

    @Inject
    public InsightsJsonOperations(InsightsOperations insights) {
        this.insights = insights;
    }

    @Override
    public Map<String, JsonOperation> operations() {
        return Map.of(
                "DescribeContributorInsights", this::describe,
                "UpdateContributorInsights", (input, context) -> summary(insights.updateContributorInsights(
                        tableName(input), indexName(input), JsonInput.text(input, "ContributorInsightsAction"),
                        JsonInput.text(input, "ContributorInsightsMode"), context)),
                "ListContributorInsights", this::list);
    }

    private JsonNode describe(JsonNode input, RequestContext context) {
        ContributorInsightsDescription description = insights.describeContributorInsights(tableName(input),
                indexName(input), context);
        ObjectNode output = summary(description);
        if (description.lastUpdateMillis() != 0) {
            output.put("LastUpdateDateTime", seconds(description.lastUpdateMillis()));
        }
        return output;
    }

    private JsonNode list(JsonNode input, RequestContext context) {
        ListContributorInsightsResult result = insights.listContributorInsights(tableName(input),
                JsonInput.number(input, "MaxResults"), JsonInput.text(input, "NextToken"), context);
        ObjectNode output = JSON.objectNode();
        ArrayNode array = output.putArray("ContributorInsightsSummaries");
        result.summaries().forEach(summary -> array.add(summary(summary)));
        if (result.nextToken() != null) {
            output.put("NextToken", result.nextToken());
        }
        return output;
    }

    private static ObjectNode summary(ContributorInsightsDescription description) {
        ObjectNode node = JSON.objectNode().put("TableName", description.tableName());
        if (description.indexName() != null) {
            node.put("IndexName", description.indexName());
        }
        node.put("ContributorInsightsStatus", description.status());
        if (description.mode() != null) {
            node.put("ContributorInsightsMode", description.mode());
        }
        return node;
    }

    private static String tableName(JsonNode input) {
        return JsonInput.text(input, "TableName");
    }

    private static String indexName(JsonNode input) {
        return JsonInput.text(input, "IndexName");
    }
}
