package dev.stratus.dynamodb.table;

import dev.stratus.dynamodb.StoredRecords;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The tables of every account and region. Definitions live in the {@code dynamodb.tables} namespace; the
 * catalog keeps a live {@link Table} per definition, loaded from storage when it starts.
 *
 * <p>Keys: {@code 't' account 0 region 0 name} for definitions, {@code 'n'} for the next storage id.
 */
@Singleton
public final class TableCatalog {

    private static final byte[] NEXT_ID_KEY = {'n'};

    private final KeyValueStore store;
    private final StoredRecords records;
    private final Map<CatalogKey, Table> tables = new ConcurrentHashMap<>();
    private final AtomicLong nextId;

    @Inject
    public TableCatalog(Storage storage, StoredRecords records) {
        this.store = storage.namespace("dynamodb.tables");
        this.records = records;
        this.nextId = new AtomicLong(store.get(NEXT_ID_KEY).map(bytes -> ByteBuffer.wrap(bytes).getLong()).orElse(1L));
        try (Stream<KeyValue> stored = store.scan(KeyRange.prefix(new byte[] {'t'}))) {
            stored.forEach(entry -> {
                TableDefinition definition = records.read(entry.value(), TableDefinition.class);
                tables.put(catalogKey(definition.accountId(), definition.region(), definition.name()),
                        new Table(definition));
            });
        }
    }

    public Optional<Table> find(String accountId, String region, String name) {
        return Optional.ofNullable(get(accountId, region, name));
    }

    /** The table of that name, or {@code null}: {@link #find} for the per-request lookup. */
    public Table get(String accountId, String region, String name) {
        return tables.get(catalogKey(accountId, region, name));
    }

    /** The names of the account's tables in the region, in alphabetical order. */
    public List<String> names(String accountId, String region) {
        return tables.values().stream()
                .map(Table::definition)
                .filter(definition -> definition.accountId().equals(accountId) && definition.region().equals(region))
                .map(TableDefinition::name)
                .sorted()
                .toList();
    }

    public List<Table> all() {
        return List.copyOf(tables.values());
    }

    /** A new storage id for a table, recorded in {@code batch}. */
    public long allocateId(WriteBatch batch) {
        long id = nextId.getAndIncrement();
        batch.put(store, NEXT_ID_KEY, ByteBuffer.allocate(Long.BYTES).putLong(id + 1).array());
        return id;
    }

    /**
     * Registers a new table unless one of that name exists, writing its definition to {@code batch}.
     *
     * @return the new table, or empty if the name is taken
     */
    public Optional<Table> register(TableDefinition definition, WriteBatch batch) {
        Table table = new Table(definition);
        CatalogKey key = catalogKey(definition.accountId(), definition.region(), definition.name());
        if (tables.putIfAbsent(key, table) != null) {
            return Optional.empty();
        }
        batch.put(store, storageKey(definition), records.write(definition));
        return Optional.of(table);
    }

    /** Writes the table's new definition to {@code batch} and makes it current once the batch commits. */
    public void update(Table table, TableDefinition definition, WriteBatch batch) {
        batch.put(store, storageKey(definition), records.write(definition));
        batch.afterCommit(() -> table.replace(definition));
    }

    /** Deletes the table's definition in {@code batch} and forgets the table once the batch commits. */
    public void remove(Table table, WriteBatch batch) {
        TableDefinition definition = table.definition();
        batch.delete(store, storageKey(definition));
        batch.afterCommit(() -> {
            table.markDeleted();
            tables.remove(catalogKey(definition.accountId(), definition.region(), definition.name()), table);
        });
    }

    /** Forgets a table registered for a batch that was not committed. */
    public void unregister(Table table) {
        TableDefinition definition = table.definition();
        tables.remove(catalogKey(definition.accountId(), definition.region(), definition.name()), table);
    }

    /** A table's place in the catalog; a record, so that a lookup builds no string. */
    private record CatalogKey(String accountId, String region, String name) {
    }

    private static CatalogKey catalogKey(String accountId, String region, String name) {
        return new CatalogKey(accountId, region, name);
    }

    private static byte[] storageKey(TableDefinition definition) {
        return ("t" + definition.accountId() + '\0' + definition.region() + '\0' + definition.name())
                .getBytes(StandardCharsets.UTF_8);
    }
}
