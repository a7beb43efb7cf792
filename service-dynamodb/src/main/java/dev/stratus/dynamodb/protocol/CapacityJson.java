package dev.stratus.dynamodb.protocol;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.capacity.CapacityUsage;
import java.util.List;
import java.util.Map;

/** Writes consumed capacity as DynamoDB's {@code ConsumedCapacity} member. */
public final class CapacityJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CapacityJson() {
    }

    /** Sets {@code ConsumedCapacity} on {@code output} when the request asked for it ({@code usage} not null). */
    public static void set(ObjectNode output, CapacityUsage usage) {
        if (usage != null) {
            output.set("ConsumedCapacity", of(usage));
        }
    }

    /** Sets the {@code ConsumedCapacity} list of a multi-table operation, when the request asked for it. */
    public static void setList(ObjectNode output, List<CapacityUsage> usages) {
        if (usages != null) {
            ArrayNode list = output.putArray("ConsumedCapacity");
            usages.forEach(usage -> list.add(of(usage)));
        }
    }

    public static ObjectNode of(CapacityUsage usage) {
        ObjectNode node = units(JSON.objectNode().put("TableName", usage.tableName()), usage.total(), usage.write());
        if (usage.table() != null) {
            node.set("Table", units(JSON.objectNode(), usage.table(), usage.write()));
            indexes(node, "GlobalSecondaryIndexes", usage.globalIndexes(), usage.write());
            indexes(node, "LocalSecondaryIndexes", usage.localIndexes(), usage.write());
        }
        return node;
    }

    private static void indexes(ObjectNode node, String member, Map<String, Double> indexes, boolean write) {
        if (!indexes.isEmpty()) {
            ObjectNode map = node.putObject(member);
            indexes.forEach((name, units) -> map.set(name, units(JSON.objectNode(), units, write)));
        }
    }

    private static ObjectNode units(ObjectNode node, double units, boolean write) {
        node.put("CapacityUnits", units);
        node.put(write ? "WriteCapacityUnits" : "ReadCapacityUnits", units);
        return node;
    }
}
