package dev.stratus.dynamodb.global;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.ConstraintViolations;
import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.dynamodb.OperationGroup;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.JsonOperation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** The global table and replica auto scaling operations. */
@Singleton
public final class GlobalTableOperations implements OperationGroup {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final TableService tables;

    @Inject
    public GlobalTableOperations(TableService tables) {
        this.tables = tables;
    }

    @Override
    public Map<String, JsonOperation> operations() {
        return Map.of(
                "ListGlobalTables", this::listGlobalTables,
                "DescribeGlobalTable", this::noSuchGlobalTable,
                "DescribeGlobalTableSettings", this::noSuchGlobalTable,
                "UpdateGlobalTable", this::noSuchGlobalTable,
                "UpdateGlobalTableSettings", this::noSuchGlobalTable,
                "CreateGlobalTable", this::createGlobalTable,
                "DescribeTableReplicaAutoScaling", this::describeTableReplicaAutoScaling,
                "UpdateTableReplicaAutoScaling", this::updateTableReplicaAutoScaling);
    }

    JsonNode listGlobalTables(JsonNode input, RequestContext context) {
        Long limit = JsonInput.number(input, "Limit");
        new ConstraintViolations().atLeast(limit, "limit", 1).throwIfAny();
        ObjectNode output = JSON.objectNode();
        output.putArray("GlobalTables");
        return output;
    }

    JsonNode noSuchGlobalTable(JsonNode input, RequestContext context) {
        String name = JsonInput.text(input, "GlobalTableName");
        new ConstraintViolations().name(name, "globalTableName", 3, 255).throwIfAny();
        throw globalTableNotFound(name);
    }

    JsonNode createGlobalTable(JsonNode input, RequestContext context) {
        String name = JsonInput.text(input, "GlobalTableName");
        List<JsonNode> replicas = JsonInput.array(input, "ReplicationGroup");
        new ConstraintViolations().name(name, "globalTableName", 3, 255).notNull(replicas, "replicationGroup")
                .throwIfAny();
        if (tables.byName(context, name).isEmpty()) {
            throw DynamoDbErrors.tableNotFoundByName(name);
        }
        throw DynamoDbErrors.unavailable("Global tables");
    }

    JsonNode describeTableReplicaAutoScaling(JsonNode input, RequestContext context) {
        Table table = tables.describe(context, JsonInput.text(input, "TableName"));
        ObjectNode description = JSON.objectNode().put("TableName", table.name())
                .put("TableStatus", tables.status(table).name());
        description.putArray("Replicas");
        return JSON.objectNode().set("TableAutoScalingDescription", description);
    }

    JsonNode updateTableReplicaAutoScaling(JsonNode input, RequestContext context) {
        tables.describe(context, JsonInput.text(input, "TableName"));
        throw DynamoDbErrors.unavailable("Replica auto scaling settings");
    }

    private static AwsServiceException globalTableNotFound(String name) {
        return new AwsServiceException("GlobalTableNotFoundException", "Global table not found: " + name, 400);
    }
}
