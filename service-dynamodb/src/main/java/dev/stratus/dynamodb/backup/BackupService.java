package dev.stratus.dynamodb.backup;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableNames;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** The life of on-demand backups: taken whole under the table's write lock, so each is a consistent copy. */
@Singleton
public final class BackupService {

    private final TableService tables;
    private final BackupStore store;
    private final TableRestorer restorer;
    private final Storage storage;
    private final Clock clock;

    @Inject
    public BackupService(TableService tables, BackupStore store, TableRestorer restorer, Storage storage, Clock clock) {
        this.tables = tables;
        this.store = store;
        this.restorer = restorer;
        this.storage = storage;
        this.clock = clock;
    }

    public Backup create(RequestContext context, String tableName, String backupName) {
        Table table = tables.byName(context, TableNames.nameOf(tableName))
                .orElseThrow(() -> DynamoDbErrors.tableNotFoundByName(TableNames.nameOf(tableName)));
        table.writeLock().lock();
        try {
            TableDefinition definition = table.definition();
            long now = clock.millis();
            String suffix = String.format(Locale.ROOT, "%014d-%08x", now, ThreadLocalRandom.current().nextInt());
            Backup backup = new Backup(definition.arn() + "/backup/" + suffix, backupName, now, definition,
                    TableTallies.of(table));
            WriteBatch batch = new WriteBatch();
            store.save(backup, table, batch);
            storage.commit(batch);
            return backup;
        } finally {
            table.writeLock().unlock();
        }
    }

    public Backup describe(RequestContext context, String arn) {
        return store.find(context.accountId(), context.region(), arn)
                .orElseThrow(() -> BackupErrors.backupNotFound(arn));
    }

    public List<Backup> list(RequestContext context) {
        return store.list(context.accountId(), context.region());
    }

    public Backup delete(RequestContext context, String arn) {
        Backup backup = describe(context, arn);
        WriteBatch batch = new WriteBatch();
        store.delete(backup, batch);
        storage.commit(batch);
        return backup;
    }

    public Table restore(RequestContext context, String arn, RestoreTarget target) {
        Backup backup = describe(context, arn);
        return restorer.restore(backup.table(), target, backup.arn(), store.items(backup));
    }
}
