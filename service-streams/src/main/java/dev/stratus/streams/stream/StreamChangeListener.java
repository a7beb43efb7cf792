package dev.stratus.streams.stream;

import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.dynamodb.api.ItemChangeListener;
import dev.stratus.dynamodb.api.TableChange;
import dev.stratus.spi.storage.WriteBatch;
import dev.stratus.streams.consumer.ConsumerRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Where streams learn of DynamoDB's changes. Each item change of a table with an enabled stream gets the next
 * sequence number and its record, encoded once in its compact form, goes into the item's own batch (with any
 * shard rollover that was due), so an item change and its record land together. Once the batch is committed the
 * stream's consumers are woken.
 */
@Singleton
public final class StreamChangeListener implements ItemChangeListener {

    private final StreamCatalog catalog;
    private final StreamStore store;
    private final ConsumerRegistry consumers;
    private final StreamsSettings settings;

    @Inject
    public StreamChangeListener(StreamCatalog catalog, StreamStore store, ConsumerRegistry consumers,
                                StreamsSettings settings) {
        this.catalog = catalog;
        this.store = store;
        this.consumers = consumers;
        this.settings = settings;
    }

    @Override
    public boolean wantsItemChanges(String accountId, String region, String tableName) {
        return catalog.enabledStream(accountId, region, tableName) != null;
    }

    @Override
    public void onItemChange(ItemChange change, WriteBatch batch) {
        LiveStream stream = catalog.enabledStream(change.accountId(), change.region(), change.tableName());
        if (stream == null) {
            return;
        }
        Optional<LiveStream.Assignment> assigned = stream.assign(change.time(), settings.shardRollover());
        if (assigned.isEmpty()) {
            return;
        }
        LiveStream.Assignment assignment = assigned.get();
        String arn = stream.streamArn();
        for (Shard shard : assignment.changed()) {
            store.putShard(batch, arn, shard);
        }
        StreamDescriptor descriptor = stream.descriptor();
        byte[] record = RecordFormat.encode(change, descriptor);
        store.putRecord(batch, descriptor, assignment.shard().index(), assignment.sequence(), record);
        boolean shardsChanged = !assignment.changed().isEmpty();
        String shardId = assignment.shard().shardId();
        batch.afterCommit(() -> {
            stream.committed(assignment.sequence());
            if (shardsChanged) {
                consumers.shardsChanged(arn);
            }
            consumers.recordsAvailable(arn, shardId);
        });
    }

    @Override
    public void onTableChange(TableChange change, WriteBatch batch) {
        catalog.onTableChange(change, batch);
    }
}
