package dev.stratus.streams.sdk;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsResponse;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardFilterType;
import software.amazon.awssdk.services.dynamodb.model.Stream;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

class StreamPagingSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = StratusExtension.builder()
            .setting("dynamodbstreams.shard-rollover", "1h").withTestClock().build();

    @Test
    void listStreamsPagesWithLimitAndExclusiveStartStreamArn() {
        DynamoDbClient dynamo = STRATUS.client(DynamoDbClient.class);
        DynamoDbStreamsClient streams = STRATUS.client(DynamoDbStreamsClient.class);
        List<String> created = new ArrayList<>();
        for (String table : List.of("PageA", "PageB", "PageC", "PageD", "PageE")) {
            created.add(Tables.create(dynamo, table, StreamViewType.KEYS_ONLY).latestStreamArn());
        }

        List<String> listed = new ArrayList<>();
        ListStreamsResponse page = streams.listStreams(request -> request.limit(2));
        int pages = 1;
        listed.addAll(page.streams().stream().map(Stream::streamArn).toList());
        while (page.lastEvaluatedStreamArn() != null) {
            String start = page.lastEvaluatedStreamArn();
            page = streams.listStreams(request -> request.limit(2).exclusiveStartStreamArn(start));
            listed.addAll(page.streams().stream().map(Stream::streamArn).toList());
            pages++;
        }

        assertEquals(created, listed.stream().filter(created::contains).toList());
        assertEquals(3, pages);
    }

    @Test
    void describeStreamPagesShardsParentsFirst() {
        DynamoDbClient dynamo = STRATUS.client(DynamoDbClient.class);
        DynamoDbStreamsClient streams = STRATUS.client(DynamoDbStreamsClient.class);
        String arn = Tables.create(dynamo, "Rolling", StreamViewType.KEYS_ONLY).latestStreamArn();
        for (int rollover = 1; rollover <= 4; rollover++) {
            STRATUS.clock().advance(Duration.ofHours(1));
            int expected = rollover + 1;
            await().atMost(Duration.ofSeconds(10)).until(() -> allShards(streams, arn, 100).size() == expected);
        }

        List<Shard> paged = allShards(streams, arn, 2);

        assertEquals(allShards(streams, arn, 100), paged);
        assertEquals(5, paged.size());
        assertNull(paged.get(0).parentShardId());
        for (int i = 1; i < paged.size(); i++) {
            String parent = paged.get(i - 1).shardId();
            assertEquals(parent, paged.get(i).parentShardId());
            List<Shard> children = streams.describeStream(request -> request.streamArn(arn)
                    .shardFilter(filter -> filter.type(ShardFilterType.CHILD_SHARDS).shardId(parent)))
                    .streamDescription().shards();
            assertEquals(List.of(paged.get(i)), children);
        }
    }

    @Test
    void theOpenShardHasNoChildShards() {
        DynamoDbClient dynamo = STRATUS.client(DynamoDbClient.class);
        DynamoDbStreamsClient streams = STRATUS.client(DynamoDbStreamsClient.class);
        String arn = Tables.create(dynamo, "Childless", StreamViewType.KEYS_ONLY).latestStreamArn();
        Shard open = allShards(streams, arn, 100).get(0);

        StreamDescription filtered = streams.describeStream(request -> request.streamArn(arn)
                .shardFilter(filter -> filter.type(ShardFilterType.CHILD_SHARDS).shardId(open.shardId())))
                .streamDescription();

        assertNull(open.sequenceNumberRange().endingSequenceNumber());
        assertEquals(List.of(), filtered.shards());
        assertNull(filtered.lastEvaluatedShardId());
        assertEquals(arn, filtered.streamArn());
    }

    private static List<Shard> allShards(DynamoDbStreamsClient streams, String arn, int limit) {
        List<Shard> shards = new ArrayList<>();
        String start = null;
        do {
            String exclusiveStart = start;
            StreamDescription page = streams.describeStream(request -> request.streamArn(arn).limit(limit)
                    .exclusiveStartShardId(exclusiveStart)).streamDescription();
            shards.addAll(page.shards());
            start = page.lastEvaluatedShardId();
        } while (start != null);
        return shards;
    }
}
