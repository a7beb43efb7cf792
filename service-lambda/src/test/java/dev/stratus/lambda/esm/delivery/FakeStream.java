package dev.stratus.lambda.esm.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.events.api.EventSource;
import dev.stratus.events.api.EventSourceConsumer;
import dev.stratus.events.api.EventSourceInfo;
import dev.stratus.events.api.Partition;
import dev.stratus.events.api.ReadPosition;
import dev.stratus.events.api.RecordBatch;
import dev.stratus.events.api.Registration;
import dev.stratus.events.api.SourceRecord;
import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A DynamoDB stream in memory, offered as an event source as the streams service offers it; {@code this} guards
 * its shards.
 */
public final class FakeStream implements EventSource {

    public static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/T/stream/2024-01-01T00:00:00.000";

    private final ObjectMapper mapper = new ObjectMapper();
    private final Clock clock;
    private final Map<String, Shard> shards = new LinkedHashMap<>();
    private final List<EventSourceConsumer> consumers = new CopyOnWriteArrayList<>();
    private long nextSequence = 100;
    private String openShard;

    public FakeStream(Clock clock) {
        this.clock = clock;
        openShard = "shardId-0001";
        shards.put(openShard, new Shard(null));
    }

    /** Writes a record for the item {@code key} with a {@code value} attribute; returns its sequence number. */
    public String put(String key, String value) {
        String sequence;
        synchronized (this) {
            sequence = String.valueOf(nextSequence++);
            ObjectNode record = mapper.createObjectNode();
            record.put("eventID", "id-" + sequence);
            record.put("eventName", "INSERT");
            record.put("eventVersion", "1.1");
            record.put("eventSource", "aws:dynamodb");
            record.put("awsRegion", "us-east-1");
            record.put("eventSourceARN", ARN);
            ObjectNode dynamodb = record.putObject("dynamodb");
            dynamodb.putObject("Keys").putObject("pk").put("S", key);
            ObjectNode image = dynamodb.putObject("NewImage");
            image.putObject("pk").put("S", key);
            image.putObject("value").put("S", value);
            dynamodb.put("SequenceNumber", sequence);
            dynamodb.put("SizeBytes", 20);
            dynamodb.put("StreamViewType", "NEW_IMAGE");
            shards.get(openShard).records.add(new SourceRecord(sequence, record, key, clock.instant()));
        }
        String shard = openShard;
        consumers.forEach(consumer -> consumer.recordsAvailable(ARN, shard));
        return sequence;
    }

    /** Closes the open shard and opens its child. */
    void rollOver(String childShardId) {
        synchronized (this) {
            shards.get(openShard).closed = true;
            shards.put(childShardId, new Shard(openShard));
            openShard = childShardId;
        }
        consumers.forEach(consumer -> consumer.partitionsChanged(ARN));
    }

    int consumerCount() {
        return consumers.size();
    }

    @Override
    public boolean owns(String sourceArn) {
        return sourceArn.startsWith("arn:aws:dynamodb:") && sourceArn.contains("/stream/");
    }

    @Override
    public Optional<EventSourceInfo> describe(String streamArn) {
        return ARN.equals(streamArn)
                ? Optional.of(new EventSourceInfo(ARN, "000000000000", "us-east-1"))
                : Optional.empty();
    }

    @Override
    public synchronized List<Partition> partitions(String streamArn) {
        List<Partition> infos = new ArrayList<>();
        shards.forEach((id, shard) -> infos.add(new Partition(id, shard.parent, shard.closed)));
        return infos;
    }

    @Override
    public synchronized RecordBatch read(String streamArn, String shardId, ReadPosition position, int limit) {
        Shard shard = shards.get(shardId);
        if (shard == null) {
            throw new IllegalArgumentException("No shard " + shardId);
        }
        int from = 0;
        if (position instanceof ReadPosition.AfterSequenceNumber after) {
            BigInteger last = new BigInteger(after.sequenceNumber());
            while (from < shard.records.size() && new BigInteger(shard.records.get(from).sequenceNumber()).compareTo(last) <= 0) {
                from++;
            }
        }
        int to = Math.min(shard.records.size(), from + limit);
        List<SourceRecord> records = List.copyOf(shard.records.subList(from, to));
        return new RecordBatch(records, shard.closed && to == shard.records.size());
    }

    @Override
    public Registration register(String streamArn, EventSourceConsumer consumer) {
        consumers.add(consumer);
        return () -> consumers.remove(consumer);
    }

    @Override
    public String batchInfoName() {
        return "DDBStreamBatchInfo";
    }

    private static final class Shard {
        private final String parent;
        private final List<SourceRecord> records = new ArrayList<>();
        private boolean closed;

        private Shard(String parent) {
            this.parent = parent;
        }
    }
}
