package dev.stratus.streams.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.stratus.dynamodb.api.TableChange;
import dev.stratus.spi.RequestContext;
import dev.stratus.streams.api.ShardPosition;
import dev.stratus.streams.read.ShardIterator;
import dev.stratus.streams.read.ShardReader;
import dev.stratus.streams.stream.LiveStream;
import dev.stratus.streams.stream.SequenceNumber;
import dev.stratus.streams.stream.Shard;
import dev.stratus.streams.stream.StreamArn;
import dev.stratus.streams.stream.StreamCatalog;
import dev.stratus.streams.stream.StreamDescriptor;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The four operations of the DynamoDB Streams API: parsed input in, output out. */
@Singleton
public final class StreamsOperations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_STREAMS = 100;
    private static final int MAX_SHARDS = 100;
    private static final int MAX_RECORDS = 1000;
    private static final long MAX_RECORD_BYTES = 1024 * 1024;
    private static final String ITERATOR_TYPES = "[AFTER_SEQUENCE_NUMBER, LATEST, AT_SEQUENCE_NUMBER, TRIM_HORIZON]";

    private final StreamCatalog catalog;
    private final ShardReader reader;
    private final Clock clock;

    @Inject
    public StreamsOperations(StreamCatalog catalog, ShardReader reader, Clock clock) {
        this.catalog = catalog;
        this.reader = reader;
        this.clock = clock;
    }

    public JsonNode listStreams(JsonNode input, RequestContext context) {
        int limit = limit(input, MAX_STREAMS);
        String tableName = text(input, "TableName");
        String exclusiveStart = text(input, "ExclusiveStartStreamArn");
        if (exclusiveStart != null) {
            parseArn("exclusiveStartStreamArn", exclusiveStart);
        }
        String prefix = tableName == null
                ? StreamArn.prefix(context.region(), context.accountId())
                : StreamArn.prefix(context.region(), context.accountId(), tableName);
        List<LiveStream> streams = catalog.list(prefix, exclusiveStart);
        ObjectNode output = NODES.objectNode();
        ArrayNode listed = output.putArray("Streams");
        for (LiveStream stream : streams.subList(0, Math.min(limit, streams.size()))) {
            StreamDescriptor descriptor = stream.descriptor();
            listed.addObject()
                    .put("StreamArn", descriptor.streamArn())
                    .put("TableName", descriptor.tableName())
                    .put("StreamLabel", descriptor.label());
        }
        if (streams.size() > limit) {
            output.put("LastEvaluatedStreamArn", streams.get(limit - 1).streamArn());
        }
        return output;
    }

    public JsonNode describeStream(JsonNode input, RequestContext context) {
        String streamArn = required(input, "StreamArn", "streamArn");
        int limit = limit(input, MAX_SHARDS);
        String exclusiveStart = text(input, "ExclusiveStartShardId");
        String parentFilter = childShardsFilter(input);
        LiveStream stream = stream("streamArn", streamArn, context);

        List<Shard> shards = stream.shards().stream()
                .filter(shard -> parentFilter == null || parentFilter.equals(shard.parentId()))
                .toList();
        int from = 0;
        if (exclusiveStart != null) {
            from = shards.size();
            for (int i = 0; i < shards.size(); i++) {
                if (shards.get(i).shardId().equals(exclusiveStart)) {
                    from = i + 1;
                }
            }
        }
        int to = Math.min(shards.size(), from + limit);

        StreamDescriptor descriptor = stream.descriptor();
        ObjectNode description = NODES.objectNode()
                .put("StreamArn", descriptor.streamArn())
                .put("StreamLabel", descriptor.label())
                .put("StreamStatus", descriptor.status())
                .put("StreamViewType", descriptor.viewType())
                .put("CreationRequestDateTime", BigDecimal.valueOf(descriptor.createdAtMillis(), 3))
                .put("TableName", descriptor.tableName());
        ArrayNode keySchema = description.putArray("KeySchema");
        for (TableChange.KeyAttribute key : descriptor.keySchema()) {
            keySchema.addObject().put("AttributeName", key.attributeName()).put("KeyType", key.keyType());
        }
        ArrayNode described = description.putArray("Shards");
        for (Shard shard : shards.subList(from, to)) {
            described.add(describe(shard));
        }
        if (to < shards.size()) {
            description.put("LastEvaluatedShardId", shards.get(to - 1).shardId());
        }
        ObjectNode output = NODES.objectNode();
        output.set("StreamDescription", description);
        return output;
    }

    public JsonNode getShardIterator(JsonNode input, RequestContext context) {
        String streamArn = required(input, "StreamArn", "streamArn");
        String shardId = required(input, "ShardId", "shardId");
        String type = required(input, "ShardIteratorType", "shardIteratorType");
        String sequenceNumber = text(input, "SequenceNumber");
        if (shardId.length() < 28 || shardId.length() > 65) {
            throw StreamsErrors.invalidShardId(shardId);
        }
        ShardPosition position = position(type, sequenceNumber);
        LiveStream stream = stream("streamArn", streamArn, context);
        Shard shard = stream.shard(shardId).orElseThrow(StreamsErrors::shardNotFound);
        long after;
        try {
            after = reader.startAfter(stream, shard, position);
        } catch (IllegalArgumentException e) {
            throw StreamsErrors.invalidSequenceNumber(sequenceNumber, shardId);
        }
        if (after < stream.trimHorizon(shard)) {
            throw StreamsErrors.trimmedData();
        }
        return NODES.objectNode().put("ShardIterator",
                new ShardIterator(streamArn, shardId, after, clock.instant()).encode());
    }

    public JsonNode getRecords(JsonNode input, RequestContext context) {
        String text = required(input, "ShardIterator", "shardIterator");
        int limit = limit(input, MAX_RECORDS);
        ShardIterator iterator;
        try {
            iterator = ShardIterator.decode(text);
        } catch (IllegalArgumentException e) {
            throw StreamsErrors.invalidIterator();
        }
        LiveStream stream = stream("shardIterator", iterator.streamArn(), context);
        Instant now = clock.instant();
        if (iterator.expiredAt(now)) {
            throw StreamsErrors.expiredIterator();
        }
        Shard shard = stream.shard(iterator.shardId()).orElseThrow(StreamsErrors::shardNotFound);
        if (iterator.after() < stream.trimHorizon(shard)) {
            throw StreamsErrors.trimmedData();
        }
        ShardReader.ShardRead read = reader.read(stream, shard, iterator.after(), limit, MAX_RECORD_BYTES);
        ObjectNode output = NODES.objectNode();
        ArrayNode records = output.putArray("Records");
        for (ShardReader.ReadRecord record : read.records()) {
            records.addRawValue(new RawValue(new String(record.json(), StandardCharsets.UTF_8)));
        }
        if (!read.drained()) {
            output.put("NextShardIterator",
                    new ShardIterator(iterator.streamArn(), shard.shardId(), read.last(), now).encode());
        }
        return output;
    }

    private static ObjectNode describe(Shard shard) {
        ObjectNode described = NODES.objectNode().put("ShardId", shard.shardId());
        ObjectNode range = described.putObject("SequenceNumberRange")
                .put("StartingSequenceNumber", new SequenceNumber(shard.start()).text());
        if (!shard.isOpen()) {
            range.put("EndingSequenceNumber", new SequenceNumber(shard.end()).text());
        }
        if (shard.parentId() != null) {
            described.put("ParentShardId", shard.parentId());
        }
        return described;
    }

    private static ShardPosition position(String type, String sequenceNumber) {
        return switch (type) {
            case "TRIM_HORIZON" -> new ShardPosition.TrimHorizon();
            case "LATEST" -> new ShardPosition.Latest();
            case "AT_SEQUENCE_NUMBER" -> new ShardPosition.AtSequenceNumber(
                    requireSequenceNumber(type, sequenceNumber));
            case "AFTER_SEQUENCE_NUMBER" -> new ShardPosition.AfterSequenceNumber(
                    requireSequenceNumber(type, sequenceNumber));
            default -> throw StreamsErrors.notInEnum(type, "shardIteratorType", ITERATOR_TYPES);
        };
    }

    private static String requireSequenceNumber(String type, String sequenceNumber) {
        if (sequenceNumber == null) {
            throw StreamsErrors.sequenceNumberRequired(type);
        }
        return sequenceNumber;
    }

    /** The shard whose children DescribeStream's ShardFilter asks for, or {@code null} without a filter. */
    private static String childShardsFilter(JsonNode input) {
        JsonNode filter = input.get("ShardFilter");
        if (filter == null || filter.isNull()) {
            return null;
        }
        String type = text(filter, "Type");
        if (!"CHILD_SHARDS".equals(type)) {
            throw StreamsErrors.notInEnum(String.valueOf(type), "shardFilter.type", "[CHILD_SHARDS]");
        }
        String shardId = text(filter, "ShardId");
        if (shardId == null) {
            throw StreamsErrors.missing("shardFilter.shardId");
        }
        return shardId;
    }

    /** The stream an ARN names, if it is the caller's (same account and region) and still retained. */
    private LiveStream stream(String member, String streamArn, RequestContext context) {
        StreamArn arn = parseArn(member, streamArn);
        Optional<LiveStream> stream = catalog.find(streamArn);
        if (!arn.accountId().equals(context.accountId()) || !arn.region().equals(context.region())
                || stream.isEmpty()) {
            throw StreamsErrors.streamNotFound(streamArn);
        }
        return stream.get();
    }

    private static StreamArn parseArn(String member, String text) {
        return StreamArn.parse(text).orElseThrow(() -> StreamsErrors.invalidStreamArn(member, text));
    }

    private static int limit(JsonNode input, int max) {
        JsonNode limit = input.get("Limit");
        if (limit == null || limit.isNull()) {
            return max;
        }
        int value = limit.asInt();
        if (value < 1) {
            throw StreamsErrors.limitTooSmall(value);
        }
        if (value > max) {
            throw StreamsErrors.limitTooLarge(value, max);
        }
        return value;
    }

    private static String required(JsonNode input, String field, String member) {
        String value = text(input, field);
        if (value == null) {
            throw StreamsErrors.missing(member);
        }
        return value;
    }

    private static String text(JsonNode input, String field) {
        JsonNode value = input.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
