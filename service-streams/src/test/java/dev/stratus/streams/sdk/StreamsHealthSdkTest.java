package dev.stratus.streams.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

class StreamsHealthSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = StratusExtension.builder().build();

    @Test
    void healthShowsTheStreamsAndTheirMaintenanceRunning() throws Exception {
        DynamoDbClient dynamo = STRATUS.client(DynamoDbClient.class);
        Tables.create(dynamo, "Healthy", StreamViewType.KEYS_ONLY);
        Tables.create(dynamo, "Retired", StreamViewType.KEYS_ONLY);
        Tables.disableStream(dynamo, "Retired");

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(STRATUS.endpoint().resolve("/_stratus/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        JsonNode streams = new ObjectMapper().readTree(response.body()).get("services").get("dynamodbstreams");
        assertEquals("running", streams.get("state").asText());
        assertEquals("2 streams, 1 enabled", streams.get("checks").get(0).get("detail").asText());
    }
}
