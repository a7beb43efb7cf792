package dev.stratus.streams.sdk;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Reads streams the way a consumer does: shard by shard, parents first, following NextShardIterator. */
final class StreamReading {

    private StreamReading() {
    }

    static String iterator(DynamoDbStreamsClient streams, String arn, String shardId, ShardIteratorType type,
                           String sequenceNumber) {
        return streams.getShardIterator(request -> request.streamArn(arn).shardId(shardId).shardIteratorType(type)
                .sequenceNumber(sequenceNumber)).shardIterator();
    }

    static List<Shard> shards(DynamoDbStreamsClient streams, String arn) {
        return streams.describeStream(request -> request.streamArn(arn)).streamDescription().shards();
    }

    /** Every record of the stream's first shard from its trim horizon up to now. */
    static List<Record> firstShard(DynamoDbStreamsClient streams, String arn) {
        String shardId = shards(streams, arn).get(0).shardId();
        return readUntilCaughtUp(streams, iterator(streams, arn, shardId, ShardIteratorType.TRIM_HORIZON, null));
    }

    /** Follows NextShardIterator until a read returns nothing new or the shard ends. */
    static List<Record> readUntilCaughtUp(DynamoDbStreamsClient streams, String iterator) {
        List<Record> records = new ArrayList<>();
        String next = iterator;
        while (next != null) {
            String current = next;
            GetRecordsResponse response = streams.getRecords(request -> request.shardIterator(current));
            records.addAll(response.records());
            next = response.records().isEmpty() ? null : response.nextShardIterator();
        }
        return records;
    }

    static String id(Record record) {
        return record.dynamodb().keys().get("Id").s();
    }
}
