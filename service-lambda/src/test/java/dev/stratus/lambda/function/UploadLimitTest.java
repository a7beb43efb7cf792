package dev.stratus.lambda.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deployment packages over 50 MB (about 70 MB in base64) are refused before they are read. */
@ExtendWith(StratusExtension.class)
class UploadLimitTest {

    @Test
    void aCreateFunctionRequestCarryingMoreThanFiftyMegabytesIsRefused(URI endpoint) throws Exception {
        byte[] body = new byte[69_905_068];
        Arrays.fill(body, (byte) ' ');

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(endpoint.resolve("/2015-03-31/functions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        assertEquals("RequestEntityTooLargeException", response.headers().firstValue("X-Amzn-ErrorType").orElseThrow());
        assertTrue(response.body().contains(
                "Request must be smaller than 69905067 bytes for the CreateFunction operation"), response.body());
    }
}
