package dev.stratus.dynamodb.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.StratusEndpoint;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** The table operations of the DynamoDB API: JSON in, JSON out, behaviour in {@link TableService}. */
@Singleton
public final class TableOperations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_LIST_TABLES = 100;

    private final TableService tables;
    private final StratusEndpoint endpoint;

    @Inject
    public TableOperations(TableService tables, StratusEndpoint endpoint) {
        this.tables = tables;
        this.endpoint = endpoint;
    }

    public JsonNode createTable(JsonNode input, RequestContext context) {
        Table table = tables.create(input, context);
        return JSON.objectNode().set("TableDescription", TableDescriptions.describe(table, Table.TableStatus.CREATING));
    }

    public JsonNode describeTable(JsonNode input, RequestContext context) {
        Table table = tables.describe(context, JsonInput.text(input, "TableName"));
        return JSON.objectNode().set("Table", TableDescriptions.describe(table, tables.status(table)));
    }

    public JsonNode listTables(JsonNode input, RequestContext context) {
        String start = JsonInput.text(input, "ExclusiveStartTableName");
        Long limit = JsonInput.number(input, "Limit");
        int pageSize = limit == null ? MAX_LIST_TABLES : limit.intValue();
        List<String> after = tables.names(context).stream()
                .filter(name -> start == null || name.compareTo(start) > 0)
                .toList();
        ObjectNode output = JSON.objectNode();
        ArrayNode names = output.putArray("TableNames");
        after.stream().limit(pageSize).forEach(names::add);
        if (after.size() > pageSize) {
            output.put("LastEvaluatedTableName", after.get(pageSize - 1));
        }
        return output;
    }

    public JsonNode updateTable(JsonNode input, RequestContext context) {
        tables.update(context, input);
        Table table = tables.describe(context, JsonInput.text(input, "TableName"));
        return JSON.objectNode().set("TableDescription", TableDescriptions.describe(table, Table.TableStatus.UPDATING));
    }

    public JsonNode deleteTable(JsonNode input, RequestContext context) {
        Table table = tables.describe(context, JsonInput.text(input, "TableName"));
        tables.delete(context, table.name());
        return JSON.objectNode().set("TableDescription", TableDescriptions.describe(table, Table.TableStatus.DELETING));
    }

    public JsonNode describeTimeToLive(JsonNode input, RequestContext context) {
        Table table = tables.describe(context, JsonInput.text(input, "TableName"));
        if (tables.status(table) == Table.TableStatus.CREATING) {
            throw DynamoDbErrors.validation("Cannot describe time to live while table is in CREATING state: "
                    + "Current table state is CREATING");
        }
        TimeToLiveSettings ttl = table.definition().timeToLive();
        ObjectNode description = JSON.objectNode().put("TimeToLiveStatus", ttl.enabled() ? "ENABLED" : "DISABLED");
        if (ttl.enabled()) {
            description.put("AttributeName", ttl.attributeName());
        }
        return JSON.objectNode().set("TimeToLiveDescription", description);
    }

    public JsonNode updateTimeToLive(JsonNode input, RequestContext context) {
        Table table = tables.describe(context, JsonInput.text(input, "TableName"));
        JsonNode spec = JsonInput.object(input, "TimeToLiveSpecification");
        boolean enabled = JsonInput.bool(spec, "Enabled");
        String attribute = JsonInput.text(spec, "AttributeName");
        tables.change(table, definition -> {
            TimeToLiveSettings current = definition.timeToLive();
            if (enabled && current.enabled()) {
                throw DynamoDbErrors.validation("TimeToLive is already enabled");
            }
            if (!enabled && !current.enabled()) {
                throw DynamoDbErrors.validation("TimeToLive is already disabled");
            }
            if (!enabled && !current.attributeName().equals(attribute)) {
                throw DynamoDbErrors.validation("TimeToLive is active on a different AttributeName: current "
                        + "AttributeName is " + current.attributeName());
            }
            return definition.toBuilder().timeToLive(new TimeToLiveSettings(enabled, attribute)).build();
        });
        return JSON.objectNode().set("TimeToLiveSpecification",
                JSON.objectNode().put("Enabled", enabled).put("AttributeName", attribute));
    }

    public JsonNode tagResource(JsonNode input, RequestContext context) {
        Table table = taggedTable(input, context);
        List<JsonNode> given = JsonInput.array(input, "Tags");
        if (given.isEmpty()) {
            throw DynamoDbErrors.validation("Atleast one Tag needs to be provided as Input.");
        }
        Map<String, String> tags = TagRules.read(input, "Tags");
        tables.change(table, definition -> {
            TableDefinition.Builder next = definition.toBuilder();
            next.tags().putAll(tags);
            if (next.tags().size() > TagRules.MAX_TAGS) {
                throw DynamoDbErrors.tooManyTags();
            }
            return next.build();
        });
        return JSON.objectNode();
    }

    public JsonNode untagResource(JsonNode input, RequestContext context) {
        Table table = taggedTable(input, context);
        List<String> keys = JsonInput.texts(input, "TagKeys");
        if (keys.isEmpty()) {
            throw DynamoDbErrors.validation("Atleast one Tag Key needs to be provided as Input.");
        }
        tables.change(table, definition -> {
            TableDefinition.Builder next = definition.toBuilder();
            keys.forEach(next.tags()::remove);
            return next.build();
        });
        return JSON.objectNode();
    }

    public JsonNode listTagsOfResource(JsonNode input, RequestContext context) {
        Table table = taggedTable(input, context);
        ObjectNode output = JSON.objectNode();
        ArrayNode tags = output.putArray("Tags");
        table.definition().tags().forEach((key, value) -> tags.addObject().put("Key", key).put("Value", value));
        return output;
    }

    public JsonNode describeLimits(JsonNode input, RequestContext context) {
        return JSON.objectNode()
                .put("AccountMaxReadCapacityUnits", 80000)
                .put("AccountMaxWriteCapacityUnits", 80000)
                .put("TableMaxReadCapacityUnits", 40000)
                .put("TableMaxWriteCapacityUnits", 40000);
    }

    public JsonNode describeEndpoints(JsonNode input, RequestContext context) {
        ObjectNode output = JSON.objectNode();
        output.putArray("Endpoints").addObject()
                .put("Address", endpoint.host() + ":" + endpoint.port())
                .put("CachePeriodInMinutes", 1440);
        return output;
    }

    private Table taggedTable(JsonNode input, RequestContext context) {
        String arn = JsonInput.text(input, "ResourceArn");
        if (!arn.startsWith("arn:")) {
            throw DynamoDbErrors.invalidParameter("ARNs must start with 'arn:': " + arn);
        }
        if (!arn.startsWith("arn:aws:dynamodb:")) {
            throw DynamoDbErrors.invalidParameter("Provided Arn is not a DynamoDB resource arn: " + arn);
        }
        if (!arn.contains(":table/") || arn.contains("/index/")) {
            throw DynamoDbErrors.invalidParameter("Invalid resource arn provided, only table or stream is accepted. "
                    + "Provided resource arn: " + arn);
        }
        if (!arn.startsWith("arn:aws:dynamodb:" + context.region() + ":")) {
            throw DynamoDbErrors.validation("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
        }
        return tables.byArn(context, arn).orElseThrow(() -> DynamoDbErrors.resourceArnNotFound(arn));
    }
}
