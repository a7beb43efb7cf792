package dev.stratus.dynamodb.protocol.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.OperationGroup;
import dev.stratus.dynamodb.backup.BackupOperations;
import dev.stratus.dynamodb.backup.ListBackupsRequest;
import dev.stratus.dynamodb.backup.ListBackupsResult;
import dev.stratus.dynamodb.backup.RestoreTargetRequest;
import dev.stratus.dynamodb.protocol.JsonInput;
import dev.stratus.dynamodb.protocol.table.TableRequests;
import dev.stratus.dynamodb.protocol.table.TableResults;
import dev.stratus.dynamodb.table.RequestedThroughput;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.JsonOperation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;

/** The backup operations as JSON, run by {@link BackupOperations}. */
@Singleton
public final class BackupJsonOperations implements OperationGroup {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final BackupOperations backups;

    @Inject
    public BackupJsonOperations(BackupOperations backups) {
        this.backups = backups;
    }

    @Override
    public Map<String, JsonOperation> operations() {
        return Map.of(
                "CreateBackup", (input, context) -> JSON.objectNode().set("BackupDetails", BackupResults.details(
                        backups.createBackup(JsonInput.text(input, "TableName"), JsonInput.text(input, "BackupName"),
                                context), "AVAILABLE")),
                "DescribeBackup", (input, context) -> JSON.objectNode().set("BackupDescription",
                        BackupResults.description(backups.describeBackup(backupArn(input), context), "AVAILABLE")),
                "ListBackups", this::listBackups,
                "DeleteBackup", (input, context) -> JSON.objectNode().set("BackupDescription",
                        BackupResults.description(backups.deleteBackup(backupArn(input), context), "DELETED")),
                "RestoreTableFromBackup", (input, context) -> JSON.objectNode().set("TableDescription",
                        TableResults.tableDescription(backups.restoreTableFromBackup(backupArn(input),
                                restoreTarget(input), context))));
    }

    private JsonNode listBackups(JsonNode input, RequestContext context) {
        ListBackupsResult result = backups.listBackups(new ListBackupsRequest(JsonInput.text(input, "TableName"),
                JsonInput.number(input, "Limit"), JsonInput.text(input, "ExclusiveStartBackupArn"),
                JsonInput.text(input, "BackupType"), seconds(input, "TimeRangeLowerBound"),
                seconds(input, "TimeRangeUpperBound")), context);
        ObjectNode output = JSON.objectNode();
        ArrayNode summaries = output.putArray("BackupSummaries");
        result.backups().forEach(backup -> summaries.add(BackupResults.summary(backup)));
        if (result.lastEvaluatedBackupArn() != null) {
            output.put("LastEvaluatedBackupArn", result.lastEvaluatedBackupArn());
        }
        return output;
    }

    /** The target a RestoreTableFromBackup or RestoreTableToPointInTime request names. */
    public static RestoreTargetRequest restoreTarget(JsonNode input) {
        JsonNode throughput = JsonInput.object(input, "ProvisionedThroughputOverride");
        JsonNode sse = JsonInput.object(input, "SSESpecificationOverride");
        return new RestoreTargetRequest(JsonInput.text(input, "TargetTableName"),
                JsonInput.text(input, "BillingModeOverride"),
                throughput == null ? null : new RequestedThroughput(JsonInput.number(throughput, "ReadCapacityUnits"),
                        JsonInput.number(throughput, "WriteCapacityUnits")),
                sse == null ? null : new RestoreTargetRequest.SseOverride(JsonInput.flag(sse, "Enabled"),
                        JsonInput.text(sse, "SSEType"), JsonInput.text(sse, "KMSMasterKeyId")),
                TableRequests.indexOverride(input, "GlobalSecondaryIndexOverride", "globalSecondaryIndexOverride"),
                TableRequests.indexOverride(input, "LocalSecondaryIndexOverride", "localSecondaryIndexOverride"));
    }

    /** A timestamp member in epoch seconds; {@code null} when absent or not a number. */
    private static Double seconds(JsonNode input, String member) {
        JsonNode node = input.get(member);
        return node == null || !node.isNumber() ? null : node.asDouble();
    }

    private static String backupArn(JsonNode input) {
        return JsonInput.text(input, "BackupArn");
    }
}
