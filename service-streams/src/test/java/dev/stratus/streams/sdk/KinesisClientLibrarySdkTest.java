package dev.stratus.streams.sdk;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.amazonaws.services.dynamodbv2.streamsadapter.AmazonDynamoDBStreamsAdapterClient;
import com.amazonaws.services.dynamodbv2.streamsadapter.StreamsSchedulerFactory;
import com.amazonaws.services.dynamodbv2.streamsadapter.adapter.DynamoDBStreamsClientRecord;
import com.amazonaws.services.dynamodbv2.streamsadapter.model.DynamoDBStreamsProcessRecordsInput;
import com.amazonaws.services.dynamodbv2.streamsadapter.polling.DynamoDBStreamsPollingConfig;
import com.amazonaws.services.dynamodbv2.streamsadapter.processor.DynamoDBStreamsShardRecordProcessor;
import dev.stratus.testkit.StratusExtension;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.kinesis.common.ConfigsBuilder;
import software.amazon.kinesis.common.InitialPositionInStream;
import software.amazon.kinesis.common.InitialPositionInStreamExtended;
import software.amazon.kinesis.coordinator.Scheduler;
import software.amazon.kinesis.exceptions.InvalidStateException;
import software.amazon.kinesis.exceptions.ShutdownException;
import software.amazon.kinesis.lifecycle.events.InitializationInput;
import software.amazon.kinesis.lifecycle.events.LeaseLostInput;
import software.amazon.kinesis.lifecycle.events.ShardEndedInput;
import software.amazon.kinesis.lifecycle.events.ShutdownRequestedInput;
import software.amazon.kinesis.metrics.MetricsLevel;
import software.amazon.kinesis.metrics.NullMetricsFactory;
import software.amazon.kinesis.processor.RecordProcessorCheckpointer;
import software.amazon.kinesis.processor.ShardRecordProcessorFactory;

/**
 * A real consumer end to end: the Kinesis Client Library 3 reads a table's stream through the DynamoDB Streams
 * Kinesis adapter, and keeps its leases, checkpoints, leader lock and coordinator state in Stratus DynamoDB tables,
 * written with KCL's conditional writes. Metrics are off, and every client KCL is given points at Stratus.
 *
 * <p>KCL's intervals are shortened, but one wait is fixed in KCL: a worker that finds its lease table empty waits a
 * random 1 to 30 seconds (checking every 3) before it syncs the shards, so the test takes 15 seconds to a minute.
 */
class KinesisClientLibrarySdkTest {

    private static final int ORDERS = 20;
    private static final long SHORT_INTERVAL_MILLIS = 200;

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    private final List<Change> changes = new CopyOnWriteArrayList<>();
    private final RequestedHosts streamsHosts = new RequestedHosts();
    private final RequestedHosts leaseHosts = new RequestedHosts();
    private final RequestedHosts metricsHosts = new RequestedHosts();

    @Test
    void theKinesisClientLibrarySeesEveryChangeOnceAndInOrderPerKey() throws Exception {
        DynamoDbClient dynamo = STRATUS.client(DynamoDbClient.class);
        String streamArn = Tables.create(dynamo, "Orders", StreamViewType.NEW_AND_OLD_IMAGES).latestStreamArn();

        try (DynamoDbStreamsClient streams = towardsStratus(DynamoDbStreamsClient.builder(), streamsHosts);
             AmazonDynamoDBStreamsAdapterClient adapter = new AmazonDynamoDBStreamsAdapterClient(streams,
                     Region.US_EAST_1);
             DynamoDbAsyncClient leases = towardsStratus(DynamoDbAsyncClient.builder(), leaseHosts);
             CloudWatchAsyncClient metrics = towardsStratus(CloudWatchAsyncClient.builder(), metricsHosts)) {
            Scheduler scheduler = scheduler(streamArn, adapter, leases, metrics);
            Thread worker = new Thread(scheduler, "kcl-scheduler");
            worker.start();
            try {
                for (int order = 1; order <= ORDERS; order++) {
                    Map<String, AttributeValue> placed = order(orderId(order), "placed");
                    dynamo.putItem(request -> request.tableName("Orders").item(placed));
                }
                dynamo.updateItem(request -> request.tableName("Orders").key(key(orderId(1)))
                        .updateExpression("SET #s = :s").expressionAttributeNames(Map.of("#s", "Status"))
                        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("shipped"))));
                dynamo.deleteItem(request -> request.tableName("Orders").key(key(orderId(2))));

                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(SHORT_INTERVAL_MILLIS))
                        .untilAsserted(() -> assertEquals(expectedChanges(), changesByKey()));
            } finally {
                scheduler.startGracefulShutdown().get(1, TimeUnit.MINUTES);
                worker.join(TimeUnit.SECONDS.toMillis(30));
            }
            assertFalse(worker.isAlive(), "the scheduler has stopped");
        }

        assertEquals(expectedChanges(), changesByKey(), "no change was delivered twice");
        Set<String> stratus = Set.of(RequestedHosts.hostOf(STRATUS.endpoint()));
        assertEquals(stratus, streamsHosts.hosts(), "stream reads went to Stratus only");
        assertEquals(stratus, leaseHosts.hosts(), "lease table requests went to Stratus only");
        assertEquals(Set.of(), metricsHosts.hosts(), "no metrics were published");
    }

    private Scheduler scheduler(String streamArn, AmazonDynamoDBStreamsAdapterClient adapter,
            DynamoDbAsyncClient leases, CloudWatchAsyncClient metrics) {
        ConfigsBuilder configs = new ConfigsBuilder(
                StreamsSchedulerFactory.createSingleStreamTracker(streamArn,
                        InitialPositionInStreamExtended.newInitialPosition(InitialPositionInStream.TRIM_HORIZON)),
                "orders-consumer", adapter, leases, metrics, "worker-1", processors());
        configs.leaseManagementConfig().workerUtilizationAwareAssignmentConfig()
                .workerMetricsReporterFreqInMillis(SHORT_INTERVAL_MILLIS);
        return StreamsSchedulerFactory.createScheduler(
                configs.checkpointConfig(),
                configs.coordinatorConfig()
                        .parentShardPollIntervalMillis(SHORT_INTERVAL_MILLIS)
                        .shardConsumerDispatchPollIntervalMillis(SHORT_INTERVAL_MILLIS)
                        .schedulerInitializationBackoffTimeMillis(SHORT_INTERVAL_MILLIS),
                configs.leaseManagementConfig()
                        .failoverTimeMillis(3000)
                        .leaseAssignmentIntervalMillis(500L)
                        .shardSyncIntervalMillis(1000)
                        .listShardsBackoffTimeInMillis(SHORT_INTERVAL_MILLIS),
                configs.lifecycleConfig().taskBackoffTimeMillis(SHORT_INTERVAL_MILLIS),
                configs.metricsConfig().metricsLevel(MetricsLevel.NONE).metricsFactory(new NullMetricsFactory()),
                configs.processorConfig(),
                configs.retrievalConfig().retrievalSpecificConfig(new DynamoDBStreamsPollingConfig(streamArn, adapter)
                        .idleTimeBetweenReadsInMillis(SHORT_INTERVAL_MILLIS)),
                adapter);
    }

    /** Processors that checkpoint each batch and count it as seen once the checkpoint holds. */
    private ShardRecordProcessorFactory processors() {
        return () -> new DynamoDBStreamsShardRecordProcessor() {
            @Override
            public void initialize(InitializationInput input) {
            }

            @Override
            public void processRecords(DynamoDBStreamsProcessRecordsInput input) {
                List<Change> batch = input.records().stream().map(DynamoDBStreamsClientRecord::getRecord)
                        .map(Change::of).toList();
                if (checkpoint(input.checkpointer())) {
                    changes.addAll(batch);
                }
            }

            @Override
            public void leaseLost(LeaseLostInput input) {
            }

            @Override
            public void shardEnded(ShardEndedInput input) {
                checkpoint(input.checkpointer());
            }

            @Override
            public void shutdownRequested(ShutdownRequestedInput input) {
                checkpoint(input.checkpointer());
            }
        };
    }

    /** False when the lease was lost meanwhile: the batch is then delivered again to the lease's next holder. */
    private static boolean checkpoint(RecordProcessorCheckpointer checkpointer) {
        try {
            checkpointer.checkpoint();
            return true;
        } catch (ShutdownException e) {
            return false;
        } catch (InvalidStateException e) {
            throw new IllegalStateException("The lease table refused the checkpoint", e);
        }
    }

    private Map<String, List<String>> changesByKey() {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (Change change : changes) {
            byKey.computeIfAbsent(change.orderId(), id -> new ArrayList<>()).add(change.description());
        }
        return byKey;
    }

    private static Map<String, List<String>> expectedChanges() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (int order = 1; order <= ORDERS; order++) {
            expected.put(orderId(order), new ArrayList<>(List.of("INSERT none -> placed")));
        }
        expected.get(orderId(1)).add("MODIFY placed -> shipped");
        expected.get(orderId(2)).add("REMOVE placed -> none");
        return expected;
    }

    private static String orderId(int order) {
        return String.format("order-%02d", order);
    }

    private static Map<String, AttributeValue> key(String orderId) {
        return Map.of("Id", AttributeValue.fromS(orderId));
    }

    private static Map<String, AttributeValue> order(String orderId, String status) {
        return Map.of("Id", AttributeValue.fromS(orderId), "Status", AttributeValue.fromS(status));
    }

    private static <B extends AwsClientBuilder<B, C>, C> C towardsStratus(B builder, RequestedHosts hosts) {
        return builder.endpointOverride(STRATUS.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(STRATUS.accountId(), "test")))
                .overrideConfiguration(config -> config.addExecutionInterceptor(hosts))
                .build();
    }

    /** What the consumer saw of one stream record: the key, the event and the status before and after. */
    private record Change(String orderId, String description) {
        static Change of(Record record) {
            return new Change(record.dynamodb().keys().get("Id").s(), record.eventNameAsString() + " "
                    + status(record.dynamodb().oldImage()) + " -> " + status(record.dynamodb().newImage()));
        }

        private static String status(Map<String, AttributeValue> image) {
            AttributeValue status = image.get("Status");
            return status == null ? "none" : status.s();
        }
    }

    /** Every host and port a client sent a request to. */
    private static final class RequestedHosts implements ExecutionInterceptor {
        private final Set<String> hosts = ConcurrentHashMap.newKeySet();

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            hosts.add(hostOf(context.httpRequest().getUri()));
        }

        Set<String> hosts() {
            return Set.copyOf(hosts);
        }

        static String hostOf(URI uri) {
            return uri.getHost() + ":" + uri.getPort();
        }
    }
}
