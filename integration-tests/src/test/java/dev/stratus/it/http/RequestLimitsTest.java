package dev.stratus.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Bodies over the limit are refused before a service parses them, and bodies that are not JSON as DynamoDB refuses them. */
class RequestLimitsTest {

    private static final int LIMIT = 64 * 1024;

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().setting("max-request-bytes", Integer.toString(LIMIT)).build();

    @Test
    void anSdkRequestOverTheLimitIs413(DynamoDbClient dynamo) {
        DynamoDbException refused = assertThrows(DynamoDbException.class, () -> dynamo.putItem(p -> p.tableName("Any")
                .item(Map.of("id", AttributeValue.fromS("x".repeat(LIMIT + 1))))));

        assertEquals(413, refused.statusCode());
    }

    @Test
    void aChunkedBodyOverTheLimitIs413(URI endpoint) throws Exception {
        byte[] large = ("{\"Limit\":\"" + "x".repeat(LIMIT) + "\"}").getBytes();
        HttpResponse<byte[]> response = RawRequests.send(RawRequests.dynamoDb(endpoint, "ListTables",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))));

        assertEquals(413, response.statusCode());
        assertEquals("{\"__type\":\"com.amazon.coral.service#RequestEntityTooLargeException\","
                + "\"message\":\"Request must be smaller than " + LIMIT + " bytes\"}", RawRequests.text(response));
    }

    @Test
    void aLambdaBodyOverTheLimitIsRefusedAsJsonNamingItsType(URI endpoint) throws Exception {
        HttpResponse<byte[]> response = RawRequests.send(HttpRequest.newBuilder(
                        URI.create(endpoint + "/2015-03-31/functions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"FunctionName\":\"" + "x".repeat(LIMIT) + "\"}")));

        assertEquals(413, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("RequestEntityTooLargeException", response.headers().firstValue("X-Amzn-ErrorType").orElseThrow());
    }

    @Test
    void aBodyThatIsNotJsonIsASerializationException(URI endpoint) throws Exception {
        HttpResponse<byte[]> response = RawRequests.send(RawRequests.dynamoDb(endpoint, "ListTables",
                HttpRequest.BodyPublishers.ofString("TableName=Orders")));

        assertEquals(400, response.statusCode());
        assertEquals("{\"__type\":\"com.amazon.coral.service#SerializationException\"}", RawRequests.text(response));
    }

    @Test
    void responsesCarryDateServerAndRequestId(URI endpoint) throws Exception {
        HttpResponse<byte[]> response = RawRequests.send(RawRequests.dynamoDb(endpoint, "ListTables",
                HttpRequest.BodyPublishers.ofString("{}")));

        assertEquals("Server", response.headers().firstValue("Server").orElseThrow());
        assertTrue(response.headers().firstValue("Date").isPresent());
        assertTrue(response.headers().firstValue("x-amzn-RequestId").isPresent());
    }
}
