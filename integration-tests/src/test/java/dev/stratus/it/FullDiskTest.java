package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stratus.gateway.Stratus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A full disk under the data directory, seen through the AWS SDK: writes fail with DynamoDB's
 * InternalServerError (500) and apply nothing (no item, no stream record), reads keep working, and writes
 * succeed again once space returns. Runs where a small tmpfs can be mounted (Linux, root).
 */
class FullDiskTest {

    private static final String TABLE = "Orders";

    @TempDir
    Path temp;
    private Path mounted;
    private Stratus stratus;

    @AfterEach
    void stopAndUnmount() throws Exception {
        if (stratus != null) {
            stratus.close();
        }
        if (mounted != null) {
            run("umount", mounted.toString());
        }
    }

    @Test
    void aFullDiskFailsWritesWithInternalServerErrorKeepsReadsAndRecovers() throws Exception {
        Path disk = Files.createDirectories(temp.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=192m", "tmpfs", disk.toString()),
                "Mounting a small tmpfs to fill needs Linux and root (CAP_SYS_ADMIN); this machine refused the mount. "
                        + "storage-rocksdb's DiskFullTest covers a full disk at the engine level portably");
        mounted = disk;
        stratus = Stratus.builder().setting("port", "0").setting("data-dir", disk.resolve("data").toString())
                .setting("lambda.node-sdk-prepare-at-start", "false").start();
        try (DynamoDbClient dynamo = client(DynamoDbClient.builder());
                DynamoDbStreamsClient streams = client(DynamoDbStreamsClient.builder())) {
            createTableWithStream(dynamo);
            put(dynamo, "kept", "v1");
            Path ballast = disk.resolve("ballast");
            fill(ballast);

            InternalServerErrorException overwrite = assertThrows(InternalServerErrorException.class,
                    () -> put(dynamo, "kept", "v2"));
            assertThrows(InternalServerErrorException.class, () -> put(dynamo, "refused", "v1"));

            assertEquals(500, overwrite.statusCode());
            assertEquals("InternalServerError", overwrite.awsErrorDetails().errorCode());
            assertEquals("v1", get(dynamo, "kept").get("value").s());
            assertTrue(get(dynamo, "refused").isEmpty());

            Files.delete(ballast);
            put(dynamo, "after", "v1");

            assertEquals("v1", get(dynamo, "after").get("value").s());
            assertEquals(List.of("INSERT kept", "INSERT after"), streamRecords(dynamo, streams));
        }
    }

    private static void createTableWithStream(DynamoDbClient dynamo) {
        dynamo.createTable(create -> create.tableName(TABLE)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
    }

    private static void put(DynamoDbClient dynamo, String id, String value) {
        dynamo.putItem(put -> put.tableName(TABLE)
                .item(Map.of("id", AttributeValue.fromS(id), "value", AttributeValue.fromS(value))));
    }

    private static Map<String, AttributeValue> get(DynamoDbClient dynamo, String id) {
        return dynamo.getItem(get -> get.tableName(TABLE).key(Map.of("id", AttributeValue.fromS(id)))).item();
    }

    /** The stream's one shard from its start, as "EVENT key" lines. */
    private static List<String> streamRecords(DynamoDbClient dynamo, DynamoDbStreamsClient streams) {
        String streamArn = dynamo.describeTable(d -> d.tableName(TABLE)).table().latestStreamArn();
        String shardId = streams.describeStream(d -> d.streamArn(streamArn)).streamDescription().shards().get(0).shardId();
        String iterator = streams.getShardIterator(g -> g.streamArn(streamArn).shardId(shardId)
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        List<Record> records = streams.getRecords(g -> g.shardIterator(iterator)).records();
        assertFalse(records.isEmpty());
        return records.stream().map(r -> r.eventNameAsString() + " " + r.dynamodb().keys().get("id").s()).toList();
    }

    /** Writes the file until the disk refuses more. */
    private static void fill(Path file) {
        byte[] megabyte = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(megabyte);
            }
        } catch (IOException full) {
            assertTrue(Files.exists(file), "the ballast was not written: " + full.getMessage());
        }
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder) {
        return builder.endpointOverride(stratus.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("111122223333", "test")))
                .httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1)))
                .build();
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
