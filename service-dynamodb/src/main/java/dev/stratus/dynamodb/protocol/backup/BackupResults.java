package dev.stratus.dynamodb.protocol.backup;

import static dev.stratus.dynamodb.protocol.table.TableResults.seconds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.backup.Backup;
import dev.stratus.dynamodb.protocol.table.TableResults;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.TableDefinition;
import java.util.List;

/** Writes a backup as the backup operations' {@code BackupDetails}, {@code BackupDescription} and summaries. */
public final class BackupResults {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BackupResults() {
    }

    public static ObjectNode details(Backup backup, String status) {
        return JSON.objectNode()
                .put("BackupArn", backup.arn())
                .put("BackupName", backup.name())
                .put("BackupSizeBytes", backup.tallies().table().bytes())
                .put("BackupStatus", status)
                .put("BackupType", "USER")
                .put("BackupCreationDateTime", seconds(backup.createdAtMillis()));
    }

    public static ObjectNode description(Backup backup, String status) {
        ObjectNode description = JSON.objectNode();
        description.set("BackupDetails", details(backup, status));
        description.set("SourceTableDetails", sourceTable(backup));
        description.set("SourceTableFeatureDetails", features(backup.table()));
        return description;
    }

    public static ObjectNode summary(Backup backup) {
        TableDefinition table = backup.table();
        return JSON.objectNode()
                .put("TableName", table.name())
                .put("TableId", table.tableId())
                .put("TableArn", table.arn())
                .put("BackupArn", backup.arn())
                .put("BackupName", backup.name())
                .put("BackupCreationDateTime", seconds(backup.createdAtMillis()))
                .put("BackupStatus", "AVAILABLE")
                .put("BackupType", "USER")
                .put("BackupSizeBytes", backup.tallies().table().bytes());
    }

    private static ObjectNode sourceTable(Backup backup) {
        TableDefinition table = backup.table();
        ObjectNode details = JSON.objectNode()
                .put("TableName", table.name())
                .put("TableId", table.tableId())
                .put("TableArn", table.arn())
                .put("TableSizeBytes", backup.tallies().table().bytes());
        details.set("KeySchema", TableResults.keySchema(table.keySchema()));
        details.put("TableCreationDateTime", seconds(table.createdAtMillis()));
        ObjectNode throughput = details.putObject("ProvisionedThroughput");
        throughput.put("ReadCapacityUnits", table.throughput().readCapacityUnits());
        throughput.put("WriteCapacityUnits", table.throughput().writeCapacityUnits());
        details.put("ItemCount", backup.tallies().table().items());
        details.put("BillingMode", table.billingMode().name());
        return details;
    }

    private static ObjectNode features(TableDefinition table) {
        ObjectNode features = JSON.objectNode();
        List<SecondaryIndex> locals = table.localIndexes();
        if (!locals.isEmpty()) {
            ArrayNode array = features.putArray("LocalSecondaryIndexes");
            locals.forEach(index -> array.add(index(index)));
        }
        List<SecondaryIndex> globals = table.globalIndexes();
        if (!globals.isEmpty()) {
            ArrayNode array = features.putArray("GlobalSecondaryIndexes");
            globals.forEach(index -> array.add(index(index).set("ProvisionedThroughput", JSON.objectNode()
                    .put("ReadCapacityUnits", index.throughput().readCapacityUnits())
                    .put("WriteCapacityUnits", index.throughput().writeCapacityUnits()))));
        }
        if (table.stream().enabled()) {
            features.putObject("StreamDescription").put("StreamEnabled", true)
                    .put("StreamViewType", table.stream().viewType());
        }
        features.set("TimeToLiveDescription", TableResults.timeToLiveDescription(table.timeToLive()));
        if (table.encryption() != null) {
            features.set("SSEDescription", TableResults.sseDescription(table.encryption()));
        }
        return features;
    }

    private static ObjectNode index(SecondaryIndex index) {
        ObjectNode node = JSON.objectNode().put("IndexName", index.name());
        node.set("KeySchema", TableResults.keySchema(index.keySchema()));
        return node.set("Projection", TableResults.projection(index.projection()));
    }
}
