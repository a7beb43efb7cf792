package dev.stratus.dynamodb.recovery;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.backup.RestoreTarget;
import dev.stratus.dynamodb.backup.TableRestorer;
import dev.stratus.dynamodb.table.ConstraintViolations;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableDescription;
import dev.stratus.dynamodb.table.TableDescriptions;
import dev.stratus.dynamodb.table.TableNames;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Point-in-time recovery: its setting per table, and restores to any time from the earliest restorable time (when
 * recovery was enabled, at most the recovery period ago) to the latest, which is now: every committed write is
 * restorable at once, from the {@link PointInTimeHistory} kept while recovery is enabled.
 */
@Singleton
public final class RecoveryOperations {

    private final TableService tables;
    private final RecoverySettings settings;
    private final PointInTimeHistory history;
    private final TableRestorer restorer;
    private final Clock clock;

    @Inject
    public RecoveryOperations(TableService tables, RecoverySettings settings, PointInTimeHistory history,
                              TableRestorer restorer, Clock clock) {
        this.tables = tables;
        this.settings = settings;
        this.history = history;
        this.restorer = restorer;
        this.clock = clock;
    }

    public ContinuousBackupsDescription describeContinuousBackups(String tableName, RequestContext context) {
        Table table = table(context, tableName);
        return description(settings.of(table));
    }

    public ContinuousBackupsDescription updateContinuousBackups(String name,
                                                                PointInTimeRecoverySpecification specification,
                                                                RequestContext context) {
        Boolean enabled = specification == null ? null : specification.pointInTimeRecoveryEnabled();
        Long period = specification == null ? null : specification.recoveryPeriodInDays();
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
            history.keep(table, updated.enabled());
        } finally {
            table.writeLock().unlock();
        }
        return description(updated);
    }

    public TableDescription restoreTableToPointInTime(RestoreToPointInTimeRequest request, RequestContext context) {
        String sourceArn = request.sourceTableArn();
        String sourceName = request.sourceTableName();
        Double restoreTime = request.restoreDateTime();
        boolean latest = request.useLatestRestorableTime();
        ConstraintViolations violations = new ConstraintViolations().length(sourceArn, "sourceTableArn", 1, 1024);
        if (sourceName != null) {
            violations.name(sourceName, "sourceTableName", 3, 255);
        }
        RestoreTarget target = RestoreTarget.of(request.target(), context, violations);
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
        TableDefinition definition;
        List<Map<String, AttributeValue>> items;
        source.writeLock().lock();
        try {
            long now = clock.millis();
            long at = latest ? now : restoreMillis(restoreTime, settings.of(source), now);
            definition = source.definition();
            items = history.itemsAt(source, at);
        } finally {
            source.writeLock().unlock();
        }
        Table restored = restorer.restore(definition, target, null, items);
        return TableDescriptions.describe(restored, Table.TableStatus.CREATING);
    }

    /** The requested restore time in epoch millis, refused as AWS refuses it outside the restorable window. */
    private static long restoreMillis(double seconds, PointInTimeRecovery recovery, long nowMillis) {
        if (Double.isNaN(seconds)) {
            throw RecoveryErrors.invalidRestoreTime();
        }
        long millis = Math.round(seconds * 1000);
        if (millis < recovery.earliestRestorableMillis(nowMillis) || millis > nowMillis) {
            throw RecoveryErrors.invalidRestoreTime();
        }
        return millis;
    }

    private Table table(RequestContext context, String nameOrArn) {
        String name = TableNames.nameOf(nameOrArn);
        new ConstraintViolations().name(name, "tableName", 3, 255).throwIfAny();
        return tables.byName(context, name).orElseThrow(() -> DynamoDbErrors.tableNotFoundByName(name));
    }

    private ContinuousBackupsDescription description(PointInTimeRecovery recovery) {
        long now = clock.millis();
        return new ContinuousBackupsDescription(recovery.enabled(), recovery.recoveryPeriodInDays(),
                recovery.earliestRestorableMillis(now), now);
    }
}
