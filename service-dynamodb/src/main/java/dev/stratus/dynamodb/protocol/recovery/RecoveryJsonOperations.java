package dev.stratus.dynamodb.protocol.recovery;

import static dev.stratus.dynamodb.protocol.table.TableResults.seconds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.OperationGroup;
import dev.stratus.dynamodb.protocol.JsonInput;
import dev.stratus.dynamodb.protocol.backup.BackupJsonOperations;
import dev.stratus.dynamodb.protocol.table.TableResults;
import dev.stratus.dynamodb.recovery.ContinuousBackupsDescription;
import dev.stratus.dynamodb.recovery.PointInTimeRecoverySpecification;
import dev.stratus.dynamodb.recovery.RecoveryOperations;
import dev.stratus.dynamodb.recovery.RestoreToPointInTimeRequest;
import dev.stratus.spi.protocol.JsonOperation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;

/** The point-in-time recovery operations as JSON, run by {@link RecoveryOperations}. */
@Singleton
public final class RecoveryJsonOperations implements OperationGroup {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final RecoveryOperations recovery;

    @Inject
    public RecoveryJsonOperations(RecoveryOperations recovery) {
        this.recovery = recovery;
    }

    @Override
    public Map<String, JsonOperation> operations() {
        return Map.of(
                "DescribeContinuousBackups", (input, context) -> description(
                        recovery.describeContinuousBackups(JsonInput.text(input, "TableName"), context)),
                "UpdateContinuousBackups", (input, context) -> description(recovery.updateContinuousBackups(
                        JsonInput.text(input, "TableName"), specification(input), context)),
                "RestoreTableToPointInTime", (input, context) -> JSON.objectNode().set("TableDescription",
                        TableResults.tableDescription(recovery.restoreTableToPointInTime(restore(input), context))));
    }

    private static PointInTimeRecoverySpecification specification(JsonNode input) {
        JsonNode specification = JsonInput.object(input, "PointInTimeRecoverySpecification");
        return specification == null ? null : new PointInTimeRecoverySpecification(
                JsonInput.bool(specification, "PointInTimeRecoveryEnabled"),
                JsonInput.number(specification, "RecoveryPeriodInDays"));
    }

    private static RestoreToPointInTimeRequest restore(JsonNode input) {
        JsonNode restoreTime = input.get("RestoreDateTime");
        Double seconds = null;
        if (restoreTime != null) {
            seconds = restoreTime.isNumber() ? restoreTime.asDouble() : Double.NaN;
        }
        return new RestoreToPointInTimeRequest(JsonInput.text(input, "SourceTableArn"),
                JsonInput.text(input, "SourceTableName"), seconds, JsonInput.flag(input, "UseLatestRestorableTime"),
                BackupJsonOperations.restoreTarget(input));
    }

    private static JsonNode description(ContinuousBackupsDescription backups) {
        ObjectNode pointInTime = JSON.objectNode()
                .put("PointInTimeRecoveryStatus", backups.pointInTimeRecoveryEnabled() ? "ENABLED" : "DISABLED");
        if (backups.pointInTimeRecoveryEnabled()) {
            pointInTime.put("RecoveryPeriodInDays", backups.recoveryPeriodInDays())
                    .put("EarliestRestorableDateTime", seconds(backups.earliestRestorableMillis()))
                    .put("LatestRestorableDateTime", seconds(backups.latestRestorableMillis()));
        }
        ObjectNode description = JSON.objectNode().put("ContinuousBackupsStatus", "ENABLED");
        description.set("PointInTimeRecoveryDescription", pointInTime);
        return JSON.objectNode().set("ContinuousBackupsDescription", description);
    }
}
