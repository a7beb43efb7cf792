package dev.stratus.dynamodb.protocol.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.OperationGroup;
import dev.stratus.dynamodb.table.AccountLimits;
import dev.stratus.dynamodb.table.Endpoint;
import dev.stratus.dynamodb.table.ListTablesResult;
import dev.stratus.dynamodb.table.TableDescription;
import dev.stratus.dynamodb.table.TableOperations;
import dev.stratus.dynamodb.table.TimeToLiveSettings;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.JsonOperation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/** The table operations as JSON: each input read into a request record, run by {@link TableOperations}, written. */
@Singleton
public final class TableJsonOperations implements OperationGroup {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final TableOperations tables;

    @Inject
    public TableJsonOperations(TableOperations tables) {
        this.tables = tables;
    }

    @Override
    public Map<String, JsonOperation> operations() {
        Map<String, JsonOperation> operations = new LinkedHashMap<>();
        operations.put("CreateTable", (input, context) ->
                described("TableDescription", tables.createTable(TableRequests.createTable(input), context)));
        operations.put("DescribeTable", (input, context) ->
                described("Table", tables.describeTable(TableRequests.tableName(input), context)));
        operations.put("ListTables", (input, context) ->
                tableNames(tables.listTables(TableRequests.listTables(input), context)));
        operations.put("UpdateTable", (input, context) ->
                described("TableDescription", tables.updateTable(TableRequests.updateTable(input), context)));
        operations.put("DeleteTable", (input, context) ->
                described("TableDescription", tables.deleteTable(TableRequests.tableName(input), context)));
        operations.put("DescribeTimeToLive", (input, context) -> JSON.objectNode().set("TimeToLiveDescription",
                TableResults.timeToLiveDescription(tables.describeTimeToLive(TableRequests.tableName(input),
                        context))));
        operations.put("UpdateTimeToLive", this::updateTimeToLive);
        operations.put("TagResource", (input, context) -> {
            tables.tagResource(TableRequests.resourceArn(input), TableRequests.tags(input, "Tags"), context);
            return JSON.objectNode();
        });
        operations.put("UntagResource", (input, context) -> {
            tables.untagResource(TableRequests.resourceArn(input), TableRequests.tagKeys(input), context);
            return JSON.objectNode();
        });
        operations.put("ListTagsOfResource", this::listTagsOfResource);
        operations.put("DescribeLimits", (input, context) -> limits(tables.describeLimits()));
        operations.put("DescribeEndpoints", (input, context) -> endpoints(tables.describeEndpoints()));
        return operations;
    }

    private JsonNode updateTimeToLive(JsonNode input, RequestContext context) {
        TimeToLiveSettings specification = tables.updateTimeToLive(TableRequests.tableName(input),
                TableRequests.timeToLiveSpecification(input), context);
        return JSON.objectNode().set("TimeToLiveSpecification", JSON.objectNode()
                .put("Enabled", specification.enabled()).put("AttributeName", specification.attributeName()));
    }

    private JsonNode listTagsOfResource(JsonNode input, RequestContext context) {
        ObjectNode output = JSON.objectNode();
        ArrayNode tags = output.putArray("Tags");
        tables.listTagsOfResource(TableRequests.resourceArn(input), context)
                .forEach((key, value) -> tags.addObject().put("Key", key).put("Value", value));
        return output;
    }

    private static JsonNode described(String member, TableDescription description) {
        return JSON.objectNode().set(member, TableResults.tableDescription(description));
    }

    private static JsonNode tableNames(ListTablesResult result) {
        ObjectNode output = JSON.objectNode();
        ArrayNode names = output.putArray("TableNames");
        result.tableNames().forEach(names::add);
        if (result.lastEvaluatedTableName() != null) {
            output.put("LastEvaluatedTableName", result.lastEvaluatedTableName());
        }
        return output;
    }

    private static JsonNode limits(AccountLimits limits) {
        return JSON.objectNode()
                .put("AccountMaxReadCapacityUnits", limits.accountMaxReadCapacityUnits())
                .put("AccountMaxWriteCapacityUnits", limits.accountMaxWriteCapacityUnits())
                .put("TableMaxReadCapacityUnits", limits.tableMaxReadCapacityUnits())
                .put("TableMaxWriteCapacityUnits", limits.tableMaxWriteCapacityUnits());
    }

    private static JsonNode endpoints(Endpoint endpoint) {
        ObjectNode output = JSON.objectNode();
        output.putArray("Endpoints").addObject()
                .put("Address", endpoint.address())
                .put("CachePeriodInMinutes", endpoint.cachePeriodInMinutes());
        return output;
    }
}
