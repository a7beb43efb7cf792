package dev.stratus.dynamodb.table;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.api.TableChange;
import dev.stratus.dynamodb.change.ChangePublisher;
import dev.stratus.spi.Durations;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.StratusSettings;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/** The life of tables: creation, lookup, change and deletion, each committed and published atomically. */
@Singleton
public final class TableService {

    public static final String ACTIVATION_DELAY = "dynamodb.table-activation-delay";

    private final TableCatalog catalog;
    private final TableKeyspace keyspace;
    private final Storage storage;
    private final ChangePublisher publisher;
    private final IndexBackfill backfill;
    private final TableAttachments attachments;
    private final Clock clock;
    private final Duration activationDelay;

    @Inject
    public TableService(TableCatalog catalog, TableKeyspace keyspace, Storage storage, ChangePublisher publisher,
                        IndexBackfill backfill, TableAttachments attachments, Clock clock, StratusSettings settings) {
        this.catalog = catalog;
        this.keyspace = keyspace;
        this.storage = storage;
        this.publisher = publisher;
        this.backfill = backfill;
        this.attachments = attachments;
        this.clock = clock;
        this.activationDelay = settings.get(ACTIVATION_DELAY).map(Durations::parse)
                .orElse(Duration.ZERO);
    }

    /** How long a new table stays CREATING, and a new global index backfills. */
    public Duration activationDelay() {
        return activationDelay;
    }

    public Table.TableStatus status(Table table) {
        return table.status(clock, activationDelay);
    }

    /** The global indexes UpdateTable deleted that are still DELETING (for the activation delay). */
    public List<SecondaryIndex> deletingIndexes(Table table) {
        return table.deletingIndexes(clock);
    }

    /** BACKFILLING while a global index UpdateTable added is filled (for the activation delay), else ACTIVE. */
    public Table.IndexStatus indexStatus(Table table, SecondaryIndex index) {
        return table.isBackfilling(index.name(), clock) ? Table.IndexStatus.BACKFILLING : Table.IndexStatus.ACTIVE;
    }

    public Table create(CreateTableRequest request, RequestContext context) {
        Instant now = clock.instant();
        TableDefinition requested = request.definition(context, 0, now);
        WriteBatch batch = new WriteBatch();
        TableDefinition definition = requested.withId(catalog.allocateId(batch));
        Table table = catalog.register(definition, batch)
                .orElseThrow(() -> DynamoDbErrors.tableAlreadyExists(definition.name()));
        try {
            publisher.publish(TableChange.Kind.CREATED, definition,
                    definition.stream().enabled() ? definition.stream() : null, now, batch);
            storage.commit(batch);
        } catch (RuntimeException e) {
            catalog.unregister(table);
            throw e;
        }
        return table;
    }

    /**
     * Creates the table a restore asks for, with the items, index entries and tallies {@code fill} adds to the
     * same batch under the new table's storage id.
     */
    public Table restore(TableDefinition requested, BiConsumer<Table, WriteBatch> fill) {
        WriteBatch batch = new WriteBatch();
        TableDefinition definition = requested.withId(catalog.allocateId(batch));
        Table table = catalog.register(definition, batch)
                .orElseThrow(() -> DynamoDbErrors.tableAlreadyExistsForRestore(definition.name()));
        try {
            fill.accept(table, batch);
            publisher.publish(TableChange.Kind.CREATED, definition, null, clock.instant(), batch);
            storage.commit(batch);
        } catch (RuntimeException e) {
            catalog.unregister(table);
            throw e;
        }
        return table;
    }

    /** The table DescribeTable, UpdateTable and DeleteTable name, or AWS's "Table: T not found". */
    public Table describe(RequestContext context, String nameOrArn) {
        String name = TableNames.resolve(nameOrArn);
        return catalog.find(context.accountId(), context.region(), name)
                .orElseThrow(() -> DynamoDbErrors.tableNotFound(name));
    }

    /** The table an item operation names; a missing or not yet active table is "Requested resource not found". */
    public Table forItems(RequestContext context, String nameOrArn) {
        String name = TableNames.resolve(nameOrArn);
        Table table = catalog.get(context.accountId(), context.region(), name);
        if (table == null || status(table) == Table.TableStatus.CREATING) {
            throw DynamoDbErrors.resourceNotFound();
        }
        return table;
    }

    /** The account's table of that name in the region, if there is one. */
    public Optional<Table> byName(RequestContext context, String name) {
        return catalog.find(context.accountId(), context.region(), name);
    }

    public List<String> names(RequestContext context) {
        return catalog.names(context.accountId(), context.region());
    }

    public Optional<Table> byArn(RequestContext context, String arn) {
        String prefix = "arn:aws:dynamodb:" + context.region() + ":" + context.accountId() + ":table/";
        if (arn == null || !arn.startsWith(prefix) || arn.indexOf('/', prefix.length()) >= 0) {
            return Optional.empty();
        }
        return catalog.find(context.accountId(), context.region(), arn.substring(prefix.length()));
    }

    /** Deletes the table, its items and index entries; returns the definition it had. */
    public TableDefinition delete(RequestContext context, String nameOrArn) {
        Table table = describe(context, nameOrArn);
        if (status(table) == Table.TableStatus.CREATING) {
            throw DynamoDbErrors.tableBeingCreated(table.name());
        }
        table.writeLock().lock();
        try {
            TableDefinition definition = table.definition();
            if (definition.deletionProtection()) {
                throw DynamoDbErrors.deletionProtected();
            }
            if (table.isDeleted()) {
                throw DynamoDbErrors.tableNotFound(definition.name());
            }
            WriteBatch batch = new WriteBatch();
            catalog.remove(table, batch);
            keyspace.clearTable(definition.id(), batch);
            attachments.clear(definition, batch);
            publisher.publish(TableChange.Kind.DELETED, definition,
                    definition.stream().enabled() ? definition.stream() : null, clock.instant(), batch);
            storage.commit(batch);
            return definition;
        } finally {
            table.writeLock().unlock();
        }
    }

    /** Applies an UpdateTable request under the table's write lock; returns what it changed. */
    public TableUpdate update(RequestContext context, UpdateTableRequest request) {
        Table table = describe(context, request.tableName());
        if (status(table) == Table.TableStatus.CREATING) {
            throw DynamoDbErrors.tableBeingCreated(table.name());
        }
        table.writeLock().lock();
        try {
            Instant now = clock.instant();
            TableUpdate update = TableUpdate.of(request, table.definition(), now);
            WriteBatch batch = new WriteBatch();
            for (SecondaryIndex removed : update.removedIndexes()) {
                keyspace.clearIndex(table.definition().id(), removed.number(), batch);
            }
            for (SecondaryIndex added : update.addedIndexes()) {
                backfill.fill(table, added, batch);
            }
            catalog.update(table, update.definition(), batch);
            if (update.streamChange() != null) {
                publisher.publish(update.streamChange(), update.definition(), update.definition().stream(), now, batch);
            }
            storage.commit(batch);
            long settledAt = now.plus(activationDelay).toEpochMilli();
            update.removedIndexes().forEach(removed -> table.deleteIndexUntil(removed, settledAt));
            update.addedIndexes().forEach(added -> table.backfillIndexUntil(added.name(), settledAt));
            return update;
        } finally {
            table.writeLock().unlock();
        }
    }

    /** Replaces the definition with {@code change} applied, under the write lock (tags, time to live). */
    public TableDefinition change(Table table, UnaryOperator<TableDefinition> change) {
        table.writeLock().lock();
        try {
            TableDefinition definition = change.apply(table.definition());
            WriteBatch batch = new WriteBatch();
            catalog.update(table, definition, batch);
            storage.commit(batch);
            return definition;
        } finally {
            table.writeLock().unlock();
        }
    }
}
