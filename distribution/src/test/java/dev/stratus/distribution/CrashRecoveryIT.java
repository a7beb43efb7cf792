package dev.stratus.distribution;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;

/**
 * {@code kill -9} during a PutItem load on a table with a stream: the next start on the same data directory
 * opens it without a repair step, every acknowledged item is there with exactly one stream record, and the
 * table's item count matches its items.
 */
@InstalledDistribution
class CrashRecoveryIT {

    private static final String TABLE = "Orders";
    private static final int WRITERS = 8;
    private static final Duration LOAD = Duration.ofSeconds(5);

    @TempDir
    Path workspace;

    @Test
    void killNineMidLoadLosesNoAcknowledgedWriteAndNoStreamRecord(InstalledStratus stratus) throws Exception {
        Path dataDir = workspace.resolve("data");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        InstalledStratus.Server first = stratus.start(0, "--data-dir", dataDir.toString());
        int port = first.port();
        try (DynamoDbClient dynamo = dynamo(port)) {
            createTableWithStream(dynamo);
            putUntilKilled(dynamo, first, acknowledged);
        }

        try (InstalledStratus.Server second = stratus.start(port, "--data-dir", dataDir.toString());
                DynamoDbClient dynamo = dynamo(port);
                DynamoDbStreamsClient streams = streams(port)) {
            Set<String> items = scanKeys(dynamo);
            List<String> recordKeys = readWholeStream(dynamo, streams);

            assertTrue(items.containsAll(acknowledged), "acknowledged items lost: " + missing(acknowledged, items));
            assertEquals(recordKeys.size(), new HashSet<>(recordKeys).size(), "a stream record appears twice");
            assertEquals(items, new HashSet<>(recordKeys), "items and stream records differ");
            assertEquals(items.size(), dynamo.describeTable(d -> d.tableName(TABLE)).table().itemCount());
            assertFalse(second.log().toLowerCase().contains("repair"), second.log());
        }
    }

    /** Concurrent writers put distinct keys; the server is killed halfway through the load. */
    private static void putUntilKilled(DynamoDbClient dynamo, InstalledStratus.Server server, Set<String> acknowledged)
            throws InterruptedException {
        AtomicBoolean serverUp = new AtomicBoolean(true);
        long deadline = System.nanoTime() + LOAD.toNanos();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            String writer = "w" + w;
            writers.submit(() -> {
                for (int i = 0; serverUp.get() && System.nanoTime() < deadline; i++) {
                    String key = writer + "-" + i;
                    try {
                        dynamo.putItem(put -> put.tableName(TABLE).item(Map.of(
                                "id", AttributeValue.fromS(key), "payload", AttributeValue.fromS("x".repeat(200)))));
                        acknowledged.add(key);
                    } catch (SdkException e) {
                        serverUp.set(false);
                    }
                }
            });
        }
        long killAt = System.nanoTime() + LOAD.toNanos() / 2;
        await().atMost(LOAD).until(() -> System.nanoTime() >= killAt && !acknowledged.isEmpty());
        server.kill();
        serverUp.set(false);
        writers.shutdown();
        assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS), "writers did not stop");
    }

    private static void createTableWithStream(DynamoDbClient dynamo) {
        dynamo.createTable(create -> create.tableName(TABLE)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
        dynamo.waiter().waitUntilTableExists(wait -> wait.tableName(TABLE));
    }

    private static Set<String> scanKeys(DynamoDbClient dynamo) {
        Set<String> keys = new HashSet<>();
        dynamo.scanPaginator(scan -> scan.tableName(TABLE)).items().forEach(item -> keys.add(item.get("id").s()));
        return keys;
    }

    /** Every record of every shard, parents before children, each shard from TRIM_HORIZON to its end. */
    private static List<String> readWholeStream(DynamoDbClient dynamo, DynamoDbStreamsClient streams) {
        String streamArn = dynamo.describeTable(d -> d.tableName(TABLE)).table().latestStreamArn();
        List<Shard> shards = new ArrayList<>();
        String lastShard = null;
        do {
            String from = lastShard;
            StreamDescription stream = streams.describeStream(d -> d.streamArn(streamArn).exclusiveStartShardId(from))
                    .streamDescription();
            shards.addAll(stream.shards());
            lastShard = stream.lastEvaluatedShardId();
        } while (lastShard != null);

        List<String> keys = new ArrayList<>();
        for (Shard shard : parentsFirst(shards)) {
            String iterator = streams.getShardIterator(g -> g.streamArn(streamArn).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            boolean open = shard.sequenceNumberRange().endingSequenceNumber() == null;
            while (iterator != null) {
                String current = iterator;
                GetRecordsResponse page = streams.getRecords(g -> g.shardIterator(current).limit(1000));
                for (Record record : page.records()) {
                    keys.add(record.dynamodb().keys().get("id").s());
                }
                iterator = open && page.records().isEmpty() ? null : page.nextShardIterator();
            }
        }
        return keys;
    }

    private static List<Shard> parentsFirst(List<Shard> shards) {
        Map<String, Shard> byId = new HashMap<>();
        shards.forEach(shard -> byId.put(shard.shardId(), shard));
        List<Shard> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Shard shard : shards) {
            place(shard, byId, placed, ordered);
        }
        return ordered;
    }

    private static void place(Shard shard, Map<String, Shard> byId, Set<String> placed, List<Shard> ordered) {
        if (placed.contains(shard.shardId())) {
            return;
        }
        Shard parent = shard.parentShardId() == null ? null : byId.get(shard.parentShardId());
        if (parent != null) {
            place(parent, byId, placed, ordered);
        }
        placed.add(shard.shardId());
        ordered.add(shard);
    }

    private static Set<String> missing(Set<String> expected, Set<String> actual) {
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        return missing;
    }

    private static DynamoDbClient dynamo(int port) {
        return DynamoDbClient.builder().endpointOverride(endpoint(port)).region(Region.US_EAST_1)
                .credentialsProvider(credentials()).httpClientBuilder(ApacheHttpClient.builder().maxConnections(WRITERS))
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1))).build();
    }

    private static DynamoDbStreamsClient streams(int port) {
        return DynamoDbStreamsClient.builder().endpointOverride(endpoint(port)).region(Region.US_EAST_1)
                .credentialsProvider(credentials()).httpClientBuilder(ApacheHttpClient.builder()).build();
    }

    private static URI endpoint(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("111122223333", "test"));
    }
}
