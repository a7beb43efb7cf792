package dev.stratus.dynamodb.backup;

import dev.stratus.dynamodb.table.RestoreSummary;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableKeyspace;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;
import java.util.function.BiConsumer;

/** Creates the table a restore asks for, from a backup or from a live table (point-in-time recovery). */
@Singleton
public final class TableRestorer {

    private final TableService tables;
    private final TableKeyspace keyspace;
    private final Clock clock;

    @Inject
    public TableRestorer(TableService tables, TableKeyspace keyspace, Clock clock) {
        this.tables = tables;
        this.keyspace = keyspace;
        this.clock = clock;
    }

    /** Creates {@code target} from the live table as it is now, copied under the source's write lock. */
    public Table restoreFromLive(Table source, RestoreTarget target) {
        source.writeLock().lock();
        try {
            byte[] sourcePrefix = TableKeyspace.itemPrefix(source.definition().id());
            TableTallies tallies = TableTallies.of(source);
            return restore(source.definition(), target, null, (table, batch) -> {
                byte[] targetPrefix = TableKeyspace.itemPrefix(table.definition().id());
                TableKeyspace.copy(keyspace.items(), sourcePrefix, keyspace.items(), targetPrefix, batch);
                TableKeyspace.copy(keyspace.indexes(), sourcePrefix, keyspace.indexes(), targetPrefix, batch);
                tallies.applyTo(table, keyspace, batch);
            });
        } finally {
            source.writeLock().unlock();
        }
    }

    /**
     * Creates {@code target} with the source's keys, indexes and settings, filled by {@code fill}.
     *
     * @param sourceBackupArn the backup restored, or {@code null} for a point-in-time restore
     */
    Table restore(TableDefinition source, RestoreTarget target, String sourceBackupArn,
                         BiConsumer<Table, WriteBatch> fill) {
        long now = clock.millis();
        RestoreSummary summary = new RestoreSummary(sourceBackupArn, source.arn(), now);
        TableDefinition restored = target.apply(source.restoredAs(target.tableName(), UUID.randomUUID().toString(),
                now, summary, target.encryptionOverridden() ? target.encryption() : source.encryption()), now);
        return tables.restore(restored, fill);
    }
}
