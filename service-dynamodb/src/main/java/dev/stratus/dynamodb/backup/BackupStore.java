package dev.stratus.dynamodb.backup;

import dev.stratus.dynamodb.StoredRecords;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.item.ItemEncoding;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableKeyspace;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Backups in {@code dynamodb.backups}: {@code 'm' account 0 region 0 arn} holds a {@link Backup} as a stored record,
 * {@code 'i' dataId key} a copied item, where {@code key} is the item's key without the source table's storage
 * id. A restore builds the restored table's indexes from the items, as the restore's overrides define them;
 * {@code 'x' dataId key} index entries are those copied by earlier versions, deleted with their backup.
 */
@Singleton
public final class BackupStore {

    private final KeyValueStore store;
    private final TableKeyspace keyspace;
    private final StoredRecords records;

    @Inject
    public BackupStore(Storage storage, TableKeyspace keyspace, StoredRecords records) {
        this.store = storage.namespace("dynamodb.backups");
        this.keyspace = keyspace;
        this.records = records;
    }

    /** Adds the backup and a copy of the live table's items to {@code batch}. */
    void save(Backup backup, Table source, WriteBatch batch) {
        byte[] tablePrefix = TableKeyspace.itemPrefix(source.definition().id());
        TableKeyspace.copy(keyspace.items(), tablePrefix, store, dataPrefix('i', backup), batch);
        batch.put(store, metadataKey(backup.table().accountId(), backup.table().region(), backup.arn()),
                records.write(backup));
    }

    /** The backup's items. */
    List<Map<String, AttributeValue>> items(Backup backup) {
        try (Stream<KeyValue> entries = store.scan(KeyRange.prefix(dataPrefix('i', backup)))) {
            return entries.map(entry -> ItemEncoding.decode(entry.value())).toList();
        }
    }

    Optional<Backup> find(String accountId, String region, String arn) {
        return store.get(metadataKey(accountId, region, arn)).map(bytes -> records.read(bytes, Backup.class));
    }

    /** The account's backups in the region, oldest first. */
    List<Backup> list(String accountId, String region) {
        try (Stream<KeyValue> entries = store.scan(KeyRange.prefix(metadataKey(accountId, region, "")))) {
            return entries.map(entry -> records.read(entry.value(), Backup.class))
                    .sorted(Comparator.comparingLong(Backup::createdAtMillis).thenComparing(Backup::arn))
                    .toList();
        }
    }

    /** Adds the deletion of the backup and its data to {@code batch}. */
    void delete(Backup backup, WriteBatch batch) {
        batch.delete(store, metadataKey(backup.table().accountId(), backup.table().region(), backup.arn()));
        for (char kind : new char[] {'i', 'x'}) {
            try (Stream<KeyValue> entries = store.scan(KeyRange.prefix(dataPrefix(kind, backup)))) {
                entries.forEach(entry -> batch.delete(store, entry.key()));
            }
        }
    }

    private static byte[] metadataKey(String accountId, String region, String arn) {
        return ("m" + accountId + '\0' + region + '\0' + arn).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] dataPrefix(char kind, Backup backup) {
        return (kind + backup.dataId()).getBytes(StandardCharsets.UTF_8);
    }
}
