package dev.stratus.lambda.esm.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;

/** The console's view of a mapping: how many records it is behind in each shard, read through the gateway. */
class MappingProgressViewTest {

    // The function records what it was given in a file of the test's folder, which only a plain process sees.
    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().setting("lambda.isolation", "process").build();

    @TempDir
    Path files;

    @Test
    void aDisabledMappingIsBehindByEveryRecordOfItsShardAndCatchesUpOnceEnabled() throws Exception {
        DynamoDbClient dynamo = stratus.client(DynamoDbClient.class);
        LambdaClient lambda = stratus.client(LambdaClient.class);
        String streamArn = StreamFunctions.tableWithStream(dynamo, "Behind");
        StreamFunctions.recordingFunction(lambda, "behind-fn", "ok", files.resolve("events.jsonl"));
        for (int i = 1; i <= 3; i++) {
            StreamFunctions.put(dynamo, "Behind", "k" + i, "v" + i);
        }
        String uuid = lambda.createEventSourceMapping(b -> b.functionName("behind-fn").eventSourceArn(streamArn)
                .startingPosition(EventSourcePosition.TRIM_HORIZON).enabled(false)).uuid();

        JsonNode shard = view("uuid=" + uuid).path("Shards").get(0);
        assertEquals(3, shard.path("RecordsBehind").asInt());
        assertEquals(false, shard.path("AtLeast").asBoolean());
        assertEquals(true, shard.path("ConsumedUpTo").isNull());

        lambda.updateEventSourceMapping(b -> b.uuid(uuid).enabled(true));
        await().until(() -> view("uuid=" + uuid).path("Shards").get(0).path("RecordsBehind").asInt() == 0);
        assertEquals(0, view("uuid=" + uuid).path("FailedBatches").size());
    }

    @Test
    void anUnknownMappingGetsLambdasNotFound() throws Exception {
        HttpResponse<String> response = get("uuid=00000000-0000-0000-0000-000000000000");

        assertEquals(404, response.statusCode());
        assertEquals("ResourceNotFoundException", new ObjectMapper().readTree(response.body()).path("__type").asText());
    }

    private static JsonNode view(String query) throws IOException, InterruptedException {
        HttpResponse<String> response = get(query);
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body());
    }

    private static HttpResponse<String> get(String query) throws IOException, InterruptedException {
        URI uri = stratus.endpoint().resolve("/_stratus/console/api/view/lambda/event-source-mapping?account="
                + stratus.accountId() + "&region=us-east-1&" + query);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
