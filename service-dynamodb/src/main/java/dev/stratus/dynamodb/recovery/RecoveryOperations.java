package dev.stratus.dynamodb.recovery;

import static dev.stratus.dynamodb.protocol.table.TableResults.seconds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.ConstraintViolations;
import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.dynamodb.OperationGroup;
import dev.stratus.dynamodb.backup.RestoreTarget;
import dev.stratus.dynamodb.backup.TableRestorer;
import dev.stratus.dynamodb.protocol.table.TableResults;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDescriptions;
import dev.stratus.dynamodb.table.TableNames;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.JsonOperation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;

/**
 * Point-in-time recovery: its setting per table, and restores at the latest restorable time, which is now. A
 * restore to an earlier time within the window also takes the table as it is now: Stratus keeps no history.
 */
@Singleton
public final class RecoveryOperations implements OperationGroup {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final TableService tables;
    private final RecoverySettings settings;
    private final TableRestorer restorer;
    private final Clock clock;

    @Inject
    public RecoveryOperations(TableService tables, RecoverySettings settings, TableRestorer restorer, Clock clock) {
        this.tables = tables;
        this.settings = settings;
        this.restorer = restorer;
        this.clock = clock;
    }

    @Override
    public Map<String, JsonOperation> operations() {
        return Map.of(
                "DescribeContinuousBackups", this::describeContinuousBackups,
                "UpdateContinuousBackups", this::updateContinuousBackups,
                "RestoreTableToPointInTime", this::restoreTableToPointInTime);
    }

    JsonNode describeContinuousBackups(JsonNode input, RequestContext context) {
        Table table = table(context, JsonInput.text(input, "TableName"));
        return description(settings.of(table));
    }

    JsonNode updateContinuousBackups(JsonNode input, RequestContext context) {
        String name = JsonInput.text(input, "TableName");
        JsonNode specification = JsonInput.object(input, "PointInTimeRecoverySpecification");
        Boolean enabled = JsonInput.bool(specification, "PointInTimeRecoveryEnabled");
        Long period = JsonInput.number(specification, "RecoveryPeriodInDays");
        ConstraintViolations violations = new ConstraintViolations()
                .name(TableNames.nameOf(name), "tableName", 3, 255)
                .notNull(specification, "pointInTimeRecoverySpecification");
        if (specification != null) {
            violations.notNull(enabled, "pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled")
                    .atLeast(period, "pointInTimeRecoverySpecification.recoveryPeriodInDays", 1)
                    .atMost(period, "pointInTimeRecoverySpecification.recoveryPeriodInDays",
                            PointInTimeRecovery.DEFAULT_RECOVERY_PERIOD_DAYS);
        }
        violations.throwIfAny();
        Table table = table(context, name);
        PointInTimeRecovery updated;
        table.writeLock().lock();
        try {
            PointInTimeRecovery current = settings.of(table);
            int days = period == null ? PointInTimeRecovery.DEFAULT_RECOVERY_PERIOD_DAYS : period.intValue();
            updated = !enabled ? PointInTimeRecovery.DISABLED
                    : new PointInTimeRecovery(true, current.enabled() ? current.enabledAtMillis() : clock.millis(), days);
            settings.set(table, updated);
        } finally {
            table.writeLock().unlock();
        }
        return description(updated);
    }

    JsonNode restoreTableToPointInTime(JsonNode input, RequestContext context) {
        String sourceArn = JsonInput.text(input, "SourceTableArn");
        String sourceName = JsonInput.text(input, "SourceTableName");
        JsonNode restoreTime = input.get("RestoreDateTime");
        boolean latest = JsonInput.flag(input, "UseLatestRestorableTime");
        ConstraintViolations violations = new ConstraintViolations().length(sourceArn, "sourceTableArn", 1, 1024);
        if (sourceName != null) {
            violations.name(sourceName, "sourceTableName", 3, 255);
        }
        RestoreTarget target = RestoreTarget.parse(input, context, violations);
        if (sourceArn == null && sourceName == null) {
            throw DynamoDbErrors.validation("SourceTableArn or SourceTableName must be specified");
        }
        if (latest == (restoreTime != null)) {
            throw DynamoDbErrors.validation("Exactly one of RestoreDateTime or UseLatestRestorableTime must be "
                    + "specified");
        }
        String name = sourceName != null ? sourceName : TableNames.nameOf(sourceArn);
        Table source = tables.byName(context, name).orElseThrow(() -> DynamoDbErrors.tableNotFoundByName(name));
        settings.requireEnabled(source);
        PointInTimeRecovery recovery = settings.of(source);
        long now = clock.millis();
        if (restoreTime != null && (!restoreTime.isNumber()
                || restoreTime.asDouble() * 1000 < recovery.earliestRestorableMillis(now)
                || restoreTime.asDouble() * 1000 > now)) {
            throw RecoveryErrors.invalidRestoreTime();
        }
        Table restored = restorer.restoreFromLive(source, target);
        return JSON.objectNode().set("TableDescription",
                TableResults.tableDescription(TableDescriptions.describe(restored, Table.TableStatus.CREATING)));
    }

    private Table table(RequestContext context, String nameOrArn) {
        String name = TableNames.nameOf(nameOrArn);
        new ConstraintViolations().name(name, "tableName", 3, 255).throwIfAny();
        return tables.byName(context, name).orElseThrow(() -> DynamoDbErrors.tableNotFoundByName(name));
    }

    private JsonNode description(PointInTimeRecovery recovery) {
        ObjectNode pointInTime = JSON.objectNode()
                .put("PointInTimeRecoveryStatus", recovery.enabled() ? "ENABLED" : "DISABLED");
        if (recovery.enabled()) {
            long now = clock.millis();
            pointInTime.put("RecoveryPeriodInDays", recovery.recoveryPeriodInDays())
                    .put("EarliestRestorableDateTime", seconds(recovery.earliestRestorableMillis(now)))
                    .put("LatestRestorableDateTime", seconds(now));
        }
        ObjectNode description = JSON.objectNode().put("ContinuousBackupsStatus", "ENABLED");
        description.set("PointInTimeRecoveryDescription", pointInTime);
        return JSON.objectNode().set("ContinuousBackupsDescription", description);
    }
}
