package dev.stratus.streams.consumer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.events.api.EventSource;
import dev.stratus.events.api.EventSourceConsumer;
import dev.stratus.events.api.EventSourceInfo;
import dev.stratus.events.api.Partition;
import dev.stratus.events.api.ReadPosition;
import dev.stratus.events.api.RecordBatch;
import dev.stratus.events.api.Registration;
import dev.stratus.events.api.SourceRecord;
import dev.stratus.streams.api.ShardBatch;
import dev.stratus.streams.api.ShardInfo;
import dev.stratus.streams.api.ShardPosition;
import dev.stratus.streams.api.StreamConsumer;
import dev.stratus.streams.api.StreamConsumerRegistry;
import dev.stratus.streams.api.StreamReader;
import dev.stratus.streams.api.StreamRecord;
import dev.stratus.streams.stream.StreamArn;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * DynamoDB streams as Lambda's event sources: a stream's shards are its partitions, its records are offered as
 * Lambda puts them in the event (the GetRecords record plus {@code eventSourceARN}), and its consumer registry
 * wakes Lambda. Records stay readable until they age out, so acknowledgements keep nothing.
 */
@Singleton
public final class StreamEventSource implements EventSource {

    private final StreamReader reader;
    private final StreamConsumerRegistry registry;

    @Inject
    public StreamEventSource(StreamReader reader, StreamConsumerRegistry registry) {
        this.reader = reader;
        this.registry = registry;
    }

    @Override
    public boolean owns(String sourceArn) {
        return StreamArn.parse(sourceArn).isPresent();
    }

    @Override
    public Optional<EventSourceInfo> describe(String sourceArn) {
        return reader.describe(sourceArn)
                .map(stream -> new EventSourceInfo(sourceArn, stream.accountId(), stream.region()));
    }

    @Override
    public List<Partition> partitions(String sourceArn) {
        return reader.shards(sourceArn).stream().map(StreamEventSource::partition).toList();
    }

    @Override
    public RecordBatch read(String sourceArn, String partitionId, ReadPosition position, int limit) {
        ShardBatch read = reader.read(sourceArn, partitionId, shardPosition(position), limit);
        List<SourceRecord> records = read.records().stream().map(record -> offered(record, sourceArn)).toList();
        return new RecordBatch(records, read.shardDrained());
    }

    @Override
    public Registration register(String sourceArn, EventSourceConsumer consumer) {
        return registry.register(sourceArn, new StreamConsumer() {
            @Override
            public void recordsAvailable(String streamArn, String shardId) {
                consumer.recordsAvailable(streamArn, shardId);
            }

            @Override
            public void shardsChanged(String streamArn) {
                consumer.partitionsChanged(streamArn);
            }
        })::close;
    }

    @Override
    public String batchInfoName() {
        return "DDBStreamBatchInfo";
    }

    private static Partition partition(ShardInfo shard) {
        return new Partition(shard.shardId(), shard.parentShardId(), shard.closed());
    }

    private static ShardPosition shardPosition(ReadPosition position) {
        if (position instanceof ReadPosition.AfterSequenceNumber after) {
            return new ShardPosition.AfterSequenceNumber(after.sequenceNumber());
        }
        return new ShardPosition.TrimHorizon();
    }

    /** The record as Lambda puts it in the event; shares the stream record's nodes (they are never modified). */
    private static SourceRecord offered(StreamRecord record, String sourceArn) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.setAll(record.record());
        event.put("eventSourceARN", sourceArn);
        return new SourceRecord(record.sequenceNumber(), event, record.partitionKey(), record.createdAt());
    }
}
