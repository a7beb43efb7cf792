package dev.stratus.dynamodb.recovery;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.backup.RestoreTarget;
import dev.stratus.dynamodb.backup.TableRestorer;
import dev.stratus.dynamodb.table.ConstraintViolations;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDescription;
import dev.stratus.dynamodb.table.TableDescriptions;
import dev.stratus.dynamodb.table.TableNames;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Point-in-time recovery: its setting per table, and restores at the latest restorable time, which is now. A
 * restore to an earlier time within the window also takes the table as it is now: Stratus keeps no history.
 */
@Singleton
public final class RecoveryOperations {

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
        PointInTimeRecovery recovery = settings.of(source);
        long now = clock.millis();
        if (restoreTime != null && (restoreTime.isNaN()
                || restoreTime * 1000 < recovery.earliestRestorableMillis(now)
                || restoreTime * 1000 > now)) {
            throw RecoveryErrors.invalidRestoreTime();
        }
        Table restored = restorer.restoreFromLive(source, target);
        return TableDescriptions.describe(restored, Table.TableStatus.CREATING);
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
