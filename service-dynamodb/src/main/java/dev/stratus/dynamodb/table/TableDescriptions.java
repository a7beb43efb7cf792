package dev.stratus.dynamodb.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Describes a live table as DescribeTable's {@code TableDescription}. */
public final class TableDescriptions {

    private TableDescriptions() {
    }

    /** The description with every global index ACTIVE. */
    public static TableDescription describe(Table table, Table.TableStatus status) {
        return describe(table, status, index -> Table.IndexStatus.ACTIVE);
    }

    /** The description with each global index in the state {@code indexStatus} gives. */
    public static TableDescription describe(Table table, Table.TableStatus status,
                                            Function<SecondaryIndex, Table.IndexStatus> indexStatus) {
        return describe(table, status, indexStatus, List.of());
    }

    /**
     * The description with each global index in the state {@code indexStatus} gives, followed by the global
     * indexes {@code deleting}, DELETING.
     */
    public static TableDescription describe(Table table, Table.TableStatus status,
                                            Function<SecondaryIndex, Table.IndexStatus> indexStatus,
                                            List<SecondaryIndex> deleting) {
        TableDefinition definition = table.definition();
        List<TableDescription.IndexDescription> locals = definition.localIndexes().stream()
                .map(index -> index(table, definition, index, null)).toList();
        List<TableDescription.IndexDescription> globals = new ArrayList<>();
        definition.globalIndexes().forEach(index ->
                globals.add(index(table, definition, index, indexStatus.apply(index))));
        deleting.forEach(index -> globals.add(index(table, definition, index, Table.IndexStatus.DELETING)));
        TableDescription.BillingModeSummary billing = definition.payPerRequestSinceMillis() == 0 ? null
                : new TableDescription.BillingModeSummary(definition.billingMode(),
                        definition.payPerRequestSinceMillis());
        TableDescription.RestoreDescription restore = definition.restoreSummary() == null ? null
                : new TableDescription.RestoreDescription(definition.restoreSummary(),
                        status == Table.TableStatus.CREATING);
        return new TableDescription(definition.name(), definition.tableId(), definition.arn(), status,
                definition.attributeDefinitions(), definition.keySchema(), definition.createdAtMillis(),
                definition.throughput(), table.sizeBytes(), table.itemCount(), billing, locals, globals,
                definition.stream(), definition.latestStreamArn(), definition.tableClass(), restore,
                definition.encryption(), definition.deletionProtection());
    }

    private static TableDescription.IndexDescription index(Table table, TableDefinition definition,
                                                           SecondaryIndex index, Table.IndexStatus status) {
        return new TableDescription.IndexDescription(index.name(), index.keySchema(), index.projection(),
                table.indexSizeBytes(index.number()), table.indexItemCount(index.number()),
                definition.arn() + "/index/" + index.name(), status, index.global() ? index.throughput() : null);
    }
}
