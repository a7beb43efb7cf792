package dev.stratus.dynamodb.backup;

import dev.stratus.dynamodb.table.ConstraintViolations;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDescription;
import dev.stratus.dynamodb.table.TableDescriptions;
import dev.stratus.dynamodb.table.TableNames;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.Predicate;

/**
 * The backup operations of the DynamoDB API, typed requests in, typed results out; behaviour in
 * {@link BackupService}.
 */
@Singleton
public final class BackupOperations {

    private static final int MAX_LIST_BACKUPS = 100;
    private static final List<String> BACKUP_TYPES = List.of("USER", "SYSTEM", "AWS_BACKUP", "ALL");

    private final BackupService backups;

    @Inject
    public BackupOperations(BackupService backups) {
        this.backups = backups;
    }

    public Backup createBackup(String tableName, String backupName, RequestContext context) {
        new ConstraintViolations().name(TableNames.nameOf(tableName), "tableName", 3, 255)
                .name(backupName, "backupName", 3, 255).throwIfAny();
        return backups.create(context, tableName, backupName);
    }

    public Backup describeBackup(String backupArn, RequestContext context) {
        return backups.describe(context, checkedArn(backupArn));
    }

    public Backup deleteBackup(String backupArn, RequestContext context) {
        return backups.delete(context, checkedArn(backupArn));
    }

    public ListBackupsResult listBackups(ListBackupsRequest request, RequestContext context) {
        String table = TableNames.nameOf(request.tableName());
        Long limit = request.limit();
        String start = request.exclusiveStartBackupArn();
        String type = request.backupType();
        ConstraintViolations violations = new ConstraintViolations();
        if (table != null) {
            violations.name(table, "tableName", 3, 255);
        }
        violations.atLeast(limit, "limit", 1).atMost(limit, "limit", MAX_LIST_BACKUPS)
                .length(start, "exclusiveStartBackupArn", 37, 1024)
                .enumValue(type, "backupType", BACKUP_TYPES)
                .throwIfAny();
        Predicate<Backup> selected = backup -> (table == null || backup.table().name().equals(table))
                && (type == null || type.equals("USER") || type.equals("ALL"))
                && withinTimeRange(request, backup.createdAtMillis());
        List<Backup> matching = backups.list(context).stream().filter(selected).toList();
        int from = 0;
        if (start != null) {
            while (from < matching.size() && !matching.get(from).arn().equals(start)) {
                from++;
            }
            from = Math.min(from + 1, matching.size());
        }
        int pageSize = limit == null ? MAX_LIST_BACKUPS : limit.intValue();
        List<Backup> page = matching.subList(from, Math.min(matching.size(), from + pageSize));
        boolean more = from + page.size() < matching.size();
        return new ListBackupsResult(page, more ? page.get(page.size() - 1).arn() : null);
    }

    public TableDescription restoreTableFromBackup(String backupArn, RestoreTargetRequest targetRequest,
                                                   RequestContext context) {
        ConstraintViolations violations = new ConstraintViolations();
        violations.notNull(backupArn, "backupArn").length(backupArn, "backupArn", 37, 1024);
        RestoreTarget target = RestoreTarget.of(targetRequest, context, violations);
        Table table = backups.restore(context, backupArn, target);
        return TableDescriptions.describe(table, Table.TableStatus.CREATING);
    }

    private static String checkedArn(String arn) {
        new ConstraintViolations().notNull(arn, "backupArn").length(arn, "backupArn", 37, 1024).throwIfAny();
        return arn;
    }

    /** Whether {@code createdAtMillis} is within the request's TimeRangeLowerBound (inclusive) and upper bound. */
    private static boolean withinTimeRange(ListBackupsRequest request, long createdAtMillis) {
        Double lower = request.timeRangeLowerBound();
        Double upper = request.timeRangeUpperBound();
        double seconds = createdAtMillis / 1000.0;
        return (lower == null || seconds >= lower) && (upper == null || seconds < upper);
    }
}
