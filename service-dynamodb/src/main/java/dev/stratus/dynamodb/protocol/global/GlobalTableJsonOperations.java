package dev.stratus.dynamodb.protocol.global;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.OperationGroup;
import dev.stratus.dynamodb.global.GlobalTableOperations;
import dev.stratus.dynamodb.global.ReplicaAutoScalingDescription;
import dev.stratus.dynamodb.protocol.JsonInput;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.JsonOperation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** The global table and replica auto scaling operations as JSON, run by {@link GlobalTableOperations}. */
@Singleton
public final class GlobalTableJsonOperations implements OperationGroup {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final GlobalTableOperations globalTables;

    @Inject
    public GlobalTableJsonOperations(GlobalTableOperations globalTables) {
        this.globalTables = globalTables;
    }

    @Override
    public Map<String, JsonOperation> operations() {
        JsonOperation noSuchGlobalTable = (input, context) -> {
            globalTables.requireGlobalTable(JsonInput.text(input, "GlobalTableName"));
            return JSON.objectNode();
        };
        return Map.of(
                "ListGlobalTables", this::listGlobalTables,
                "DescribeGlobalTable", noSuchGlobalTable,
                "DescribeGlobalTableSettings", noSuchGlobalTable,
                "UpdateGlobalTable", noSuchGlobalTable,
                "UpdateGlobalTableSettings", noSuchGlobalTable,
                "CreateGlobalTable", this::createGlobalTable,
                "DescribeTableReplicaAutoScaling", this::describeTableReplicaAutoScaling,
                "UpdateTableReplicaAutoScaling", (input, context) -> {
                    globalTables.updateTableReplicaAutoScaling(JsonInput.text(input, "TableName"), context);
                    return JSON.objectNode();
                });
    }

    private JsonNode listGlobalTables(JsonNode input, RequestContext context) {
        globalTables.listGlobalTables(JsonInput.number(input, "Limit"));
        ObjectNode output = JSON.objectNode();
        output.putArray("GlobalTables");
        return output;
    }

    private JsonNode createGlobalTable(JsonNode input, RequestContext context) {
        List<JsonNode> replicas = JsonInput.array(input, "ReplicationGroup");
        globalTables.createGlobalTable(JsonInput.text(input, "GlobalTableName"), replicas == null ? null
                : replicas.stream().map(replica -> JsonInput.text(replica, "RegionName")).toList(), context);
        return JSON.objectNode();
    }

    private JsonNode describeTableReplicaAutoScaling(JsonNode input, RequestContext context) {
        ReplicaAutoScalingDescription table = globalTables.describeTableReplicaAutoScaling(
                JsonInput.text(input, "TableName"), context);
        ObjectNode description = JSON.objectNode().put("TableName", table.tableName())
                .put("TableStatus", table.tableStatus().name());
        description.putArray("Replicas");
        return JSON.objectNode().set("TableAutoScalingDescription", description);
    }
}
