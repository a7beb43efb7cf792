package dev.stratus.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Unsigned AWS calls over plain HTTP, to set the scene of a browser test quickly (the AWS CLI takes seconds to
 * start on a busy machine): the credential scope in the Authorization header names the service and the region.
 */
final class PlainCalls {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI endpoint;

    PlainCalls(int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/");
    }

    /** An AWS JSON 1.0 call ({@code DynamoDB_20120810.CreateTable}); its output. */
    JsonNode json(String signingName, String target, String input) throws IOException, InterruptedException {
        return answer(request("", signingName).header("X-Amz-Target", target)
                .header("Content-Type", "application/x-amz-json-1.0").POST(HttpRequest.BodyPublishers.ofString(input)));
    }

    /** A Lambda REST call with a JSON body; its output. */
    JsonNode lambda(String path, String input) throws IOException, InterruptedException {
        return answer(request("2015-03-31/" + path, "lambda").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(input)));
    }

    /** An AWS query call: the action and its parameters as name, value pairs; the XML answer. */
    String query(String signingName, String action, String... parameters) throws IOException, InterruptedException {
        StringBuilder form = new StringBuilder("Action=" + action);
        for (int i = 0; i < parameters.length; i += 2) {
            form.append('&').append(parameters[i]).append('=')
                    .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = HTTP.send(request("", signingName)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private HttpRequest.Builder request(String path, String signingName) {
        return HttpRequest.newBuilder(endpoint.resolve(path)).header("Authorization",
                "AWS4-HMAC-SHA256 Credential=000000000000/20240101/us-east-1/" + signingName
                        + "/aws4_request, SignedHeaders=host, Signature=unsigned");
    }

    private static JsonNode answer(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(true, response.statusCode() / 100 == 2, response.body());
        return JSON.readTree(response.body());
    }
}
