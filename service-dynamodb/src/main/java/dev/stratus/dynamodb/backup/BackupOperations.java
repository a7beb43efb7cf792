package dev.stratus.dynamodb.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.ConstraintViolations;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.dynamodb.OperationGroup;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.protocol.table.TableResults;
import dev.stratus.dynamodb.table.TableDescriptions;
import dev.stratus.dynamodb.table.TableNames;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.JsonOperation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The backup operations of the DynamoDB API: JSON in, JSON out, behaviour in {@link BackupService}. */
@Singleton
public final class BackupOperations implements OperationGroup {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_LIST_BACKUPS = 100;
    private static final List<String> BACKUP_TYPES = List.of("USER", "SYSTEM", "AWS_BACKUP", "ALL");

    private final BackupService backups;

    @Inject
    public BackupOperations(BackupService backups) {
        this.backups = backups;
    }

    @Override
    public Map<String, JsonOperation> operations() {
        return Map.of(
                "CreateBackup", this::createBackup,
                "DescribeBackup", this::describeBackup,
                "ListBackups", this::listBackups,
                "DeleteBackup", this::deleteBackup,
                "RestoreTableFromBackup", this::restoreTableFromBackup);
    }

    JsonNode createBackup(JsonNode input, RequestContext context) {
        String table = JsonInput.text(input, "TableName");
        String name = JsonInput.text(input, "BackupName");
        new ConstraintViolations().name(TableNames.nameOf(table), "tableName", 3, 255)
                .name(name, "backupName", 3, 255).throwIfAny();
        Backup backup = backups.create(context, table, name);
        return JSON.objectNode().set("BackupDetails", BackupDescriptions.details(backup, "AVAILABLE"));
    }

    JsonNode describeBackup(JsonNode input, RequestContext context) {
        Backup backup = backups.describe(context, backupArn(input));
        return JSON.objectNode().set("BackupDescription", BackupDescriptions.description(backup, "AVAILABLE"));
    }

    JsonNode deleteBackup(JsonNode input, RequestContext context) {
        Backup backup = backups.delete(context, backupArn(input));
        return JSON.objectNode().set("BackupDescription", BackupDescriptions.description(backup, "DELETED"));
    }

    JsonNode listBackups(JsonNode input, RequestContext context) {
        String table = TableNames.nameOf(JsonInput.text(input, "TableName"));
        Long limit = JsonInput.number(input, "Limit");
        String start = JsonInput.text(input, "ExclusiveStartBackupArn");
        String type = JsonInput.text(input, "BackupType");
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
                && withinTimeRange(input, backup.createdAtMillis());
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
        ObjectNode output = JSON.objectNode();
        ArrayNode summaries = output.putArray("BackupSummaries");
        page.forEach(backup -> summaries.add(BackupDescriptions.summary(backup)));
        if (from + page.size() < matching.size()) {
            output.put("LastEvaluatedBackupArn", page.get(page.size() - 1).arn());
        }
        return output;
    }

    JsonNode restoreTableFromBackup(JsonNode input, RequestContext context) {
        String arn = JsonInput.text(input, "BackupArn");
        ConstraintViolations violations = new ConstraintViolations();
        violations.notNull(arn, "backupArn").length(arn, "backupArn", 37, 1024);
        RestoreTarget target = RestoreTarget.parse(input, context, violations);
        Table table = backups.restore(context, arn, target);
        return JSON.objectNode().set("TableDescription",
                TableResults.tableDescription(TableDescriptions.describe(table, Table.TableStatus.CREATING)));
    }

    private static String backupArn(JsonNode input) {
        String arn = JsonInput.text(input, "BackupArn");
        new ConstraintViolations().notNull(arn, "backupArn").length(arn, "backupArn", 37, 1024).throwIfAny();
        return arn;
    }

    /** Whether {@code createdAtMillis} is within the request's TimeRangeLowerBound (inclusive) and upper bound. */
    private static boolean withinTimeRange(JsonNode input, long createdAtMillis) {
        JsonNode lower = input.get("TimeRangeLowerBound");
        JsonNode upper = input.get("TimeRangeUpperBound");
        double seconds = createdAtMillis / 1000.0;
        return (lower == null || !lower.isNumber() || seconds >= lower.asDouble())
                && (upper == null || !upper.isNumber() || seconds < upper.asDouble());
    }
}
