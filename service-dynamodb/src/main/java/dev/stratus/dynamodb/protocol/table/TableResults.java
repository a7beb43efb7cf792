package dev.stratus.dynamodb.protocol.table;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.table.Encryption;
import dev.stratus.dynamodb.table.KeySchema;
import dev.stratus.dynamodb.table.Projection;
import dev.stratus.dynamodb.table.RestoreSummary;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDescription;
import dev.stratus.dynamodb.table.Throughput;
import dev.stratus.dynamodb.table.TimeToLiveSettings;
import java.util.List;

/** Writes the table model as the DynamoDB API's JSON: {@code TableDescription} and the parts other outputs share. */
public final class TableResults {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TableResults() {
    }

    public static ObjectNode tableDescription(TableDescription table) {
        ObjectNode description = JSON.objectNode();
        ArrayNode definitions = description.putArray("AttributeDefinitions");
        table.attributeDefinitions().forEach(element -> definitions.addObject()
                .put("AttributeName", element.name()).put("AttributeType", element.type().name()));
        description.put("TableName", table.tableName());
        description.set("KeySchema", keySchema(table.keySchema()));
        description.put("TableStatus", table.status().name());
        description.put("CreationDateTime", seconds(table.createdAtMillis()));
        description.set("ProvisionedThroughput", throughput(table.throughput()));
        description.put("TableSizeBytes", table.sizeBytes());
        description.put("ItemCount", table.itemCount());
        description.put("TableArn", table.tableArn());
        description.put("TableId", table.tableId());
        if (table.billingModeSummary() != null) {
            description.putObject("BillingModeSummary")
                    .put("BillingMode", table.billingModeSummary().billingMode().name())
                    .put("LastUpdateToPayPerRequestDateTime",
                            seconds(table.billingModeSummary().lastUpdateToPayPerRequestMillis()));
        }
        indexes(description, "LocalSecondaryIndexes", table.localIndexes());
        indexes(description, "GlobalSecondaryIndexes", table.globalIndexes());
        if (table.stream().enabled()) {
            description.putObject("StreamSpecification")
                    .put("StreamEnabled", true)
                    .put("StreamViewType", table.stream().viewType());
        }
        if (table.stream().label() != null) {
            description.put("LatestStreamLabel", table.stream().label());
            description.put("LatestStreamArn", table.latestStreamArn());
        }
        if (!"STANDARD".equals(table.tableClass())) {
            description.putObject("TableClassSummary").put("TableClass", table.tableClass());
        }
        if (table.restoreSummary() != null) {
            description.set("RestoreSummary",
                    restoreSummary(table.restoreSummary().summary(), table.restoreSummary().inProgress()));
        }
        if (table.sse() != null) {
            description.set("SSEDescription", sseDescription(table.sse()));
        }
        description.put("DeletionProtectionEnabled", table.deletionProtection());
        return description;
    }

    private static void indexes(ObjectNode description, String member,
                                List<TableDescription.IndexDescription> indexes) {
        if (!indexes.isEmpty()) {
            ArrayNode array = description.putArray(member);
            indexes.forEach(index -> array.add(index(index)));
        }
    }

    private static ObjectNode index(TableDescription.IndexDescription index) {
        ObjectNode node = JSON.objectNode();
        node.put("IndexName", index.name());
        node.set("KeySchema", keySchema(index.keySchema()));
        node.set("Projection", projection(index.projection()));
        node.put("IndexSizeBytes", index.sizeBytes());
        node.put("ItemCount", index.itemCount());
        node.put("IndexArn", index.arn());
        if (index.status() != null) {
            node.put("IndexStatus", indexStatus(index.status()));
            if (index.status() == Table.IndexStatus.CREATING || index.status() == Table.IndexStatus.BACKFILLING) {
                node.put("Backfilling", index.status() == Table.IndexStatus.BACKFILLING);
            }
        }
        if (index.throughput() != null) {
            node.set("ProvisionedThroughput", throughput(index.throughput()));
        }
        return node;
    }

    /** BACKFILLING is shown as CREATING with {@code Backfilling} true, as AWS shows it. */
    private static String indexStatus(Table.IndexStatus status) {
        return status == Table.IndexStatus.BACKFILLING ? "CREATING" : status.name();
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
        schema.partition().forEach(element -> array.addObject().put("AttributeName", element.name())
                .put("KeyType", "HASH"));
        schema.sort().forEach(element -> array.addObject().put("AttributeName", element.name())
                .put("KeyType", "RANGE"));
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

    /** A time-to-live setting as {@code TimeToLiveDescription}. */
    public static ObjectNode timeToLiveDescription(TimeToLiveSettings ttl) {
        ObjectNode description = JSON.objectNode().put("TimeToLiveStatus", ttl.enabled() ? "ENABLED" : "DISABLED");
        if (ttl.enabled()) {
            description.put("AttributeName", ttl.attributeName());
        }
        return description;
    }

    /** Epoch milliseconds as the API's timestamps: seconds with a fraction. */
    public static double seconds(long millis) {
        return millis / 1000.0;
    }
}
