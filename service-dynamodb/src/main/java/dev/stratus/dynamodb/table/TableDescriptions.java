package dev.stratus.dynamodb.table;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Writes a table as DescribeTable's {@code TableDescription}. */
public final class TableDescriptions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TableDescriptions() {
    }

    public static ObjectNode describe(Table table, Table.TableStatus status) {
        TableDefinition definition = table.definition();
        ObjectNode description = JSON.objectNode();
        ArrayNode definitions = description.putArray("AttributeDefinitions");
        definition.attributeDefinitions().forEach(element -> definitions.addObject()
                .put("AttributeName", element.name()).put("AttributeType", element.type().name()));
        description.put("TableName", definition.name());
        description.set("KeySchema", keySchema(definition.keySchema()));
        description.put("TableStatus", status.name());
        description.put("CreationDateTime", seconds(definition.createdAtMillis()));
        description.set("ProvisionedThroughput", throughput(definition.throughput()));
        description.put("TableSizeBytes", table.sizeBytes());
        description.put("ItemCount", table.itemCount());
        description.put("TableArn", definition.arn());
        description.put("TableId", definition.tableId());
        if (definition.payPerRequestSinceMillis() != 0) {
            description.putObject("BillingModeSummary")
                    .put("BillingMode", definition.billingMode().name())
                    .put("LastUpdateToPayPerRequestDateTime", seconds(definition.payPerRequestSinceMillis()));
        }
        List<SecondaryIndex> locals = definition.localIndexes();
        if (!locals.isEmpty()) {
            ArrayNode array = description.putArray("LocalSecondaryIndexes");
            locals.forEach(index -> array.add(index(table, index)));
        }
        List<SecondaryIndex> globals = definition.globalIndexes();
        if (!globals.isEmpty()) {
            ArrayNode array = description.putArray("GlobalSecondaryIndexes");
            globals.forEach(index -> array.add(index(table, index)
                    .put("IndexStatus", "ACTIVE")
                    .set("ProvisionedThroughput", throughput(index.throughput()))));
        }
        if (definition.stream().enabled()) {
            description.putObject("StreamSpecification")
                    .put("StreamEnabled", true)
                    .put("StreamViewType", definition.stream().viewType());
        }
        if (definition.stream().label() != null) {
            description.put("LatestStreamLabel", definition.stream().label());
            description.put("LatestStreamArn", definition.latestStreamArn());
        }
        if (!"STANDARD".equals(definition.tableClass())) {
            description.putObject("TableClassSummary").put("TableClass", definition.tableClass());
        }
        if (definition.restoreSummary() != null) {
            description.set("RestoreSummary",
                    restoreSummary(definition.restoreSummary(), status == Table.TableStatus.CREATING));
        }
        if (definition.encryption() != null) {
            description.set("SSEDescription", sseDescription(definition.encryption()));
        }
        description.put("DeletionProtectionEnabled", definition.deletionProtection());
        return description;
    }

    private static ObjectNode index(Table table, SecondaryIndex index) {
        ObjectNode node = JSON.objectNode();
        node.put("IndexName", index.name());
        node.set("KeySchema", keySchema(index.keySchema()));
        node.set("Projection", projection(index.projection()));
        node.put("IndexSizeBytes", table.indexSizeBytes(index.number()));
        node.put("ItemCount", table.indexItemCount(index.number()));
        node.put("IndexArn", table.definition().arn() + "/index/" + index.name());
        return node;
    }

    private static ObjectNode restoreSummary(RestoreSummary summary, boolean inProgress) {
        ObjectNode node = JSON.objectNode();
        if (summary.sourceBackupArn() != null) {
            node.put("SourceBackupArn", summary.sourceBackupArn());
        }
        return node.put("SourceTableArn", summary.sourceTableArn())
                .put("RestoreDateTime", seconds(summary.restoredAtMillis()))
                .put("RestoreInProgress", inProgress);
    }

    public static ObjectNode projection(Projection projection) {
        ObjectNode node = JSON.objectNode().put("ProjectionType", projection.type().name());
        if (projection.type() == Projection.Type.INCLUDE) {
            ArrayNode nonKey = node.putArray("NonKeyAttributes");
            projection.nonKeyAttributes().forEach(nonKey::add);
        }
        return node;
    }

    public static ObjectNode sseDescription(Encryption encryption) {
        return JSON.objectNode().put("Status", "ENABLED").put("SSEType", "KMS")
                .put("KMSMasterKeyArn", encryption.kmsMasterKeyArn());
    }

    public static ArrayNode keySchema(KeySchema schema) {
        ArrayNode array = JSON.arrayNode();
        array.addObject().put("AttributeName", schema.hash().name()).put("KeyType", "HASH");
        if (schema.hasRange()) {
            array.addObject().put("AttributeName", schema.range().name()).put("KeyType", "RANGE");
        }
        return array;
    }

    public static ObjectNode throughput(Throughput throughput) {
        ObjectNode node = JSON.objectNode();
        if (throughput.lastIncreaseMillis() != 0) {
            node.put("LastIncreaseDateTime", seconds(throughput.lastIncreaseMillis()));
        }
        if (throughput.lastDecreaseMillis() != 0) {
            node.put("LastDecreaseDateTime", seconds(throughput.lastDecreaseMillis()));
        }
        node.put("NumberOfDecreasesToday", throughput.decreasesToday());
        node.put("ReadCapacityUnits", throughput.readCapacityUnits());
        node.put("WriteCapacityUnits", throughput.writeCapacityUnits());
        return node;
    }

    public static double seconds(long millis) {
        return millis / 1000.0;
    }
}
