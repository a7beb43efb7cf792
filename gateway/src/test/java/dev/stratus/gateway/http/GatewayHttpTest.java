package dev.stratus.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.gateway.Stratus;
import dev.stratus.spi.protocol.Checksums;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GatewayHttpTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SIGNED = "AWS4-HMAC-SHA256 Credential=123456789012/20240101/eu-central-1/echo/aws4_request, "
            + "SignedHeaders=host, Signature=00";
    private static Stratus stratus;

    @BeforeAll
    static void start() {
        stratus = Stratus.builder().setting("port", "0").setting("max-request-bytes", "1000").start();
    }

    @AfterAll
    static void stop() {
        stratus.close();
    }

    @Test
    void healthAnswersWithVersionUptimeAndEachService() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(stratus.endpoint().resolve("/_stratus/health")));

        assertEquals(200, response.statusCode());
        JsonNode health = MAPPER.readTree(response.body());
        assertTrue(health.has("version"));
        assertTrue(health.get("uptimeSeconds").isNumber());
        assertEquals("running", health.at("/services/echo/state").asText());
    }

    @Test
    void healthAnswersHeadRequestsWithoutABody() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(stratus.endpoint().resolve("/_stratus/health"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void accountAndRegionComeFromTheSigV4Credential() throws Exception {
        HttpResponse<String> response = send(echo("Echo_20240101.Echo", "{\"a\":1}").header("Authorization", SIGNED));

        JsonNode body = MAPPER.readTree(response.body());
        assertEquals(200, response.statusCode());
        assertEquals("123456789012", body.get("account").asText());
        assertEquals("eu-central-1", body.get("region").asText());
        assertEquals("Echo", body.get("operation").asText());
        assertEquals(1, body.at("/input/a").asInt());
    }

    @Test
    void unsignedRequestsUseTheDefaultAccountAndRegion() throws Exception {
        JsonNode body = MAPPER.readTree(send(echo("Echo_20240101.Echo", "{}")).body());

        assertEquals("000000000000", body.get("account").asText());
        assertEquals("us-east-1", body.get("region").asText());
    }

    @Test
    void everyResponseCarriesARequestIdAndTheServicesChecksum() throws Exception {
        HttpResponse<String> response = send(echo("Echo_20240101.Echo", "{}"));

        assertFalse(response.headers().firstValue("x-amzn-RequestId").orElse("").isEmpty());
        assertEquals(Checksums.crc32(response.body().getBytes(StandardCharsets.UTF_8)),
                response.headers().firstValue("x-amz-crc32").orElseThrow());
    }

    @Test
    void serviceErrorsBecomeTheProtocolsErrorBody() throws Exception {
        HttpResponse<String> response = send(echo("Echo_20240101.Fail", "{}"));

        assertEquals(404, response.statusCode());
        JsonNode body = MAPPER.readTree(response.body());
        assertEquals("com.example.echo#NotFoundException", body.get("__type").asText());
        assertEquals("No such thing", body.get("message").asText());
    }

    @Test
    void unexpectedFailuresAreA500CarryingTheRequestId() throws Exception {
        HttpResponse<String> response = send(echo("Echo_20240101.Crash", "{}"));

        assertEquals(500, response.statusCode());
        String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
        assertTrue(MAPPER.readTree(response.body()).get("message").asText().contains(requestId));
    }

    @Test
    void anUnknownOperationOfAKnownServiceIsUnknownOperationException() throws Exception {
        HttpResponse<String> response = send(echo("Echo_20240101.Nope", "{}"));

        assertEquals(400, response.statusCode());
        assertEquals("com.amazon.coral.service#UnknownOperationException",
                MAPPER.readTree(response.body()).get("__type").asText());
    }

    @Test
    void aTargetNoServiceOwnsIsUnknownOperationException() throws Exception {
        HttpResponse<String> response = send(echo("DynamoDB_20120810.PutItem", "{}"));

        assertEquals(400, response.statusCode());
        assertEquals("com.amazon.coral.service#UnknownOperationException",
                MAPPER.readTree(response.body()).get("__type").asText());
    }

    @Test
    void aBodyThatIsNotJsonIsASerializationExceptionWithoutAMessage() throws Exception {
        HttpResponse<String> response = send(echo("Echo_20240101.Echo", "{not json"));

        assertEquals(400, response.statusCode());
        assertEquals("{\"__type\":\"com.amazon.coral.service#SerializationException\"}", response.body());
    }

    @Test
    void everyResponseCarriesDateAndServerAsAwsSendsThem() throws Exception {
        HttpResponse<String> response = send(echo("Echo_20240101.Nope", "{}"));

        assertEquals("Server", response.headers().firstValue("Server").orElseThrow());
        assertTrue(response.headers().firstValue("Date").orElseThrow().endsWith(" GMT"));
        assertEquals("application/x-amz-json-1.1", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void anOverlongRequestLineIs414() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(stratus.endpoint().resolve("/" + "a".repeat(70_000))));

        assertEquals(414, response.statusCode());
    }

    @Test
    void anOverlongHeaderBlockIs431() throws Exception {
        HttpResponse<String> response = send(echo("Echo_20240101.Echo", "{}").header("X-Padding", "p".repeat(70_000)));

        assertEquals(431, response.statusCode());
    }

    @Test
    void gzipRequestBodiesAreAccepted() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write("{\"zipped\":true}".getBytes(StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(stratus.endpoint())
                .header("X-Amz-Target", "Echo_20240101.Echo").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray()));

        assertTrue(MAPPER.readTree(send(request).body()).at("/input/zipped").asBoolean());
    }

    @Test
    void bodiesOverTheLimitAreRefusedUnread() throws Exception {
        HttpResponse<String> response = send(echo("Echo_20240101.Echo", "{\"a\":\"" + "x".repeat(2000) + "\"}"));

        assertEquals(413, response.statusCode());
    }

    @Test
    void corsPreflightIsAnsweredForAnyOrigin() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(stratus.endpoint())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-amz-target,content-type"));

        assertEquals(200, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("x-amz-target,content-type", response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow());
    }

    @Test
    void responsesToBrowsersExposeTheAwsHeaders() throws Exception {
        HttpResponse<String> response = send(echo("Echo_20240101.Echo", "{}").header("Origin", "http://localhost:3000"));

        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow().contains("x-amzn-RequestId"));
    }

    private static HttpRequest.Builder echo(String target, String body) {
        return HttpRequest.newBuilder(stratus.endpoint())
                .header("X-Amz-Target", target)
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
