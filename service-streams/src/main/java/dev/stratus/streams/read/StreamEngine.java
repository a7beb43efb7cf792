package dev.stratus.streams.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.streams.api.ShardBatch;
import dev.stratus.streams.api.ShardInfo;
import dev.stratus.streams.api.ShardPosition;
import dev.stratus.streams.api.StreamInfo;
import dev.stratus.streams.api.StreamReader;
import dev.stratus.streams.api.StreamRecord;
import dev.stratus.streams.stream.LiveStream;
import dev.stratus.streams.stream.SequenceNumber;
import dev.stratus.streams.stream.Shard;
import dev.stratus.streams.stream.StreamCatalog;
import dev.stratus.streams.stream.StreamDescriptor;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The in-process {@link StreamReader}. A position before a shard's trim horizon reads from the horizon on (an
 * in-process consumer cannot get records that are gone; it carries on with the oldest ones kept).
 */
@Singleton
public final class StreamEngine implements StreamReader {

    /** GetRecords' cap on one response, used for in-process reads too. */
    static final long MAX_READ_BYTES = 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StreamCatalog catalog;
    private final ShardReader reader;

    @Inject
    public StreamEngine(StreamCatalog catalog, ShardReader reader) {
        this.catalog = catalog;
        this.reader = reader;
    }

    @Override
    public Optional<StreamInfo> describe(String streamArn) {
        return catalog.find(streamArn).map(stream -> {
            StreamDescriptor d = stream.descriptor();
            return new StreamInfo(d.streamArn(), d.accountId(), d.region(), d.tableName(), d.label(), d.viewType(),
                    d.status());
        });
    }

    @Override
    public List<ShardInfo> shards(String streamArn) {
        return catalog.find(streamArn).map(stream -> stream.shards().stream().map(StreamEngine::info).toList())
                .orElse(List.of());
    }

    @Override
    public ShardBatch read(String streamArn, String shardId, ShardPosition position, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        LiveStream stream = catalog.find(streamArn)
                .orElseThrow(() -> new IllegalArgumentException("no stream " + streamArn));
        Shard shard = stream.shard(shardId)
                .orElseThrow(() -> new IllegalArgumentException("no shard " + shardId + " in " + streamArn));
        long after = Math.max(reader.startAfter(stream, shard, position), stream.trimHorizon(shard));
        ShardReader.ShardRead read = reader.read(stream, shard, after, limit, MAX_READ_BYTES);
        List<StreamRecord> records = new ArrayList<>(read.records().size());
        for (ShardReader.ReadRecord record : read.records()) {
            records.add(toStreamRecord(record));
        }
        return new ShardBatch(records, read.drained());
    }

    static ShardInfo info(Shard shard) {
        return new ShardInfo(shard.shardId(), shard.parentId(), new SequenceNumber(shard.start()).text(),
                shard.isOpen() ? null : new SequenceNumber(shard.end()).text());
    }

    private static StreamRecord toStreamRecord(ShardReader.ReadRecord stored) {
        ObjectNode record;
        try {
            record = (ObjectNode) JSON.readTree(stored.json());
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable stream record", e);
        }
        ObjectNode dynamodb = (ObjectNode) record.get("dynamodb");
        return new StreamRecord(new SequenceNumber(stored.sequence()).text(), record,
                partitionKey((ObjectNode) dynamodb.get("Keys")), stored.createdAt(),
                dynamodb.get("SizeBytes").asLong());
    }

    /** The keys in a canonical text form: attribute names sorted, each with its typed value. */
    private static String partitionKey(ObjectNode keys) {
        Map<String, String> sorted = new TreeMap<>();
        keys.properties().forEach(field -> sorted.put(field.getKey(), field.getValue().toString()));
        return sorted.toString();
    }
}
