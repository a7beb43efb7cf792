package dev.stratus.benchmarks.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.benchmarks.load.BlockingClient;
import dev.stratus.benchmarks.load.Latencies;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Write-to-GetRecords visibility: one connection writes an item, another calls GetRecords in a loop (from a LATEST
 * iterator) until the item's record shows; the time from sending the PutItem to that GetRecords answer, per write.
 */
final class StreamVisibility {

    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final InetSocketAddress server;
    private final DynamoDbRequests requests;
    private final ObjectMapper mapper = new ObjectMapper();

    StreamVisibility(InetSocketAddress server, DynamoDbRequests requests) {
        this.server = server;
        this.requests = requests;
    }

    /** Whether the server answers DynamoDB Streams' ListStreams at all. */
    boolean available() throws IOException {
        try (BlockingClient client = BlockingClient.open(server)) {
            return client.call(requests.listAllStreams()).ok();
        }
    }

    Latencies.Sorted measure(String table, int writes) throws IOException {
        Latencies latencies = new Latencies();
        try (BlockingClient writer = BlockingClient.open(server); BlockingClient reader = BlockingClient.open(server)) {
            String streamArn = mapper.readTree(reader.ok(requests.listStreams(table))).path("Streams").path(0)
                    .path("StreamArn").asText();
            JsonNode shards = mapper.readTree(reader.ok(requests.describeStream(streamArn))).path("StreamDescription")
                    .path("Shards");
            String shardId = shards.path(shards.size() - 1).path("ShardId").asText();
            String iterator = mapper.readTree(reader.ok(requests.latestShardIterator(streamArn, shardId)))
                    .path("ShardIterator").asText();
            for (int i = 0; i < writes; i++) {
                String key = "visible-" + i;
                long sent = System.nanoTime();
                writer.ok(requests.putItem(table, key, i));
                iterator = awaitRecord(reader, iterator, key, sent);
                latencies.add(System.nanoTime() - sent);
            }
        }
        return Latencies.merge(List.of(latencies));
    }

    private String awaitRecord(BlockingClient reader, String iterator, String key, long sent) throws IOException {
        String next = iterator;
        while (System.nanoTime() - sent < TIMEOUT_NANOS) {
            JsonNode answer = mapper.readTree(reader.ok(requests.getRecords(next)));
            next = answer.path("NextShardIterator").asText();
            for (JsonNode record : answer.path("Records")) {
                if (key.equals(record.path("dynamodb").path("Keys").path("pk").path("S").asText())) {
                    return next;
                }
            }
        }
        throw new IllegalStateException("The stream record of " + key + " did not show within 10 s");
    }
}
