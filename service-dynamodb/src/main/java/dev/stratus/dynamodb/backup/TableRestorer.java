package dev.stratus.dynamodb.backup;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.item.TableLoader;
import dev.stratus.dynamodb.table.RestoreSummary;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableService;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Creates the table a restore asks for, from a backup or from a table's history (point-in-time recovery). */
@Singleton
public final class TableRestorer {

    private final TableService tables;
    private final TableLoader loader;
    private final Clock clock;

    @Inject
    public TableRestorer(TableService tables, TableLoader loader, Clock clock) {
        this.tables = tables;
        this.loader = loader;
        this.clock = clock;
    }

    /**
     * Creates {@code target} with the source's keys, indexes and settings as the target overrides them, holding
     * {@code items}, each index built from them.
     *
     * @param sourceBackupArn the backup restored, or {@code null} for a point-in-time restore
     */
    public Table restore(TableDefinition source, RestoreTarget target, String sourceBackupArn,
                         Iterable<Map<String, AttributeValue>> items) {
        long now = clock.millis();
        RestoreSummary summary = new RestoreSummary(sourceBackupArn, source.arn(), now);
        TableDefinition restored = target.apply(source.restoredAs(target.tableName(), UUID.randomUUID().toString(),
                now, summary, target.encryptionOverridden() ? target.encryption() : source.encryption()), now);
        return tables.restore(restored, (table, batch) -> loader.load(table, items, batch));
    }
}
