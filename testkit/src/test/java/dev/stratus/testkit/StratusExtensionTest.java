package dev.stratus.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

@ExtendWith(StratusExtension.class)
class StratusExtensionTest {

    @Test
    void injectsTheEndpointOfARunningServer(URI endpoint) throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(endpoint.resolve("/_stratus/health")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"version\""), health.body());
    }

    @Test
    void injectsConfiguredSdkClientsThatReachStratus(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class, dynamo::listTables);

        assertEquals("UnknownOperationException", error.awsErrorDetails().errorCode());
        assertEquals(400, error.statusCode());
    }

    @Test
    void givesEachTestClassItsOwnTwelveDigitAccount() {
        String key = AccessKeys.forTestClass(StratusExtensionTest.class);

        assertEquals(12, key.length());
        assertTrue(key.chars().allMatch(Character::isDigit));
    }
}
