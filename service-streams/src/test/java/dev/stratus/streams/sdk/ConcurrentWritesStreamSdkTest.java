package dev.stratus.streams.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Many clients write a few items at once while a consumer reads the stream live. */
class ConcurrentWritesStreamSdkTest {

    private static final int WRITERS = 8;
    private static final int ITEMS = 4;
    private static final int INCREMENTS_PER_WRITER_AND_ITEM = 25;

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    private final DynamoDbClient dynamo = STRATUS.client(DynamoDbClient.class);
    private final DynamoDbStreamsClient streams = STRATUS.client(DynamoDbStreamsClient.class);

    @Test
    void aLiveConsumerSeesEveryItemsRecordsInTheItemsWriteOrder() throws Exception {
        String arn = Tables.create(dynamo, "ConcurrentStream", StreamViewType.NEW_AND_OLD_IMAGES).latestStreamArn();
        String shardId = StreamReading.shards(streams, arn).get(0).shardId();
        String first = StreamReading.iterator(streams, arn, shardId, ShardIteratorType.TRIM_HORIZON, null);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicBoolean writersDone = new AtomicBoolean();
        try {
            Future<List<Record>> consumer = pool.submit(() -> consume(first, writersDone));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < INCREMENTS_PER_WRITER_AND_ITEM; round++) {
                        for (int item = 0; item < ITEMS; item++) {
                            increment("item-" + item);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get();
            }
            writersDone.set(true);
            List<Record> records = consumer.get();

            int perItem = WRITERS * INCREMENTS_PER_WRITER_AND_ITEM;
            assertEquals(ITEMS * perItem, records.size());
            Map<String, Integer> lastCount = new HashMap<>();
            BigInteger lastSequence = BigInteger.valueOf(-1);
            for (Record record : records) {
                BigInteger sequence = new BigInteger(record.dynamodb().sequenceNumber());
                assertTrue(sequence.compareTo(lastSequence) > 0, "sequence numbers ascend in the shard");
                lastSequence = sequence;
                String id = StreamReading.id(record);
                int count = Integer.parseInt(record.dynamodb().newImage().get("Count").n());
                int previous = lastCount.getOrDefault(id, 0);
                assertEquals(previous + 1, count, "the record after count " + previous + " of " + id);
                if (previous > 0) {
                    assertEquals(String.valueOf(previous), record.dynamodb().oldImage().get("Count").n());
                }
                lastCount.put(id, count);
            }
            for (int item = 0; item < ITEMS; item++) {
                assertEquals(perItem, lastCount.get("item-" + item));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void increment(String id) {
        dynamo.updateItem(request -> request.tableName("ConcurrentStream")
                .key(Map.of("Id", AttributeValue.fromS(id)))
                .updateExpression("ADD #c :one")
                .expressionAttributeNames(Map.of("#c", "Count"))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
    }

    /** Reads while the writers write; once they are done, until a read returns nothing. */
    private List<Record> consume(String iterator, AtomicBoolean writersDone) {
        List<Record> records = new ArrayList<>();
        String next = iterator;
        while (true) {
            boolean finalRead = writersDone.get();
            String current = next;
            GetRecordsResponse response = streams.getRecords(request -> request.shardIterator(current));
            records.addAll(response.records());
            next = response.nextShardIterator();
            if (finalRead && response.records().isEmpty()) {
                return records;
            }
        }
    }
}
