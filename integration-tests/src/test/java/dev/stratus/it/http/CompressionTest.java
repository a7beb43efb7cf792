package dev.stratus.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Gzipped request bodies are decoded, and responses are gzipped for clients that ask, checksum and all. */
@ExtendWith(StratusExtension.class)
class CompressionTest {

    @Test
    void aGzippedRequestBodyIsDecoded(URI endpoint) throws Exception {
        HttpResponse<byte[]> response = RawRequests.send(RawRequests.dynamoDb(endpoint, "ListTables",
                HttpRequest.BodyPublishers.ofByteArray(gzip("{\"Limit\":5}")), "Content-Encoding", "gzip"));

        assertEquals(200, response.statusCode());
        assertTrue(RawRequests.text(response).contains("TableNames"));
    }

    @Test
    void aBodyThatIsNotTheEncodingItClaimsIsASerializationException(URI endpoint) throws Exception {
        HttpResponse<byte[]> response = RawRequests.send(RawRequests.dynamoDb(endpoint, "ListTables",
                HttpRequest.BodyPublishers.ofString("{\"Limit\":5}"), "Content-Encoding", "gzip"));

        assertEquals(400, response.statusCode());
        assertTrue(RawRequests.text(response).contains("com.amazon.coral.service#SerializationException"));
    }

    @Test
    void aGzippedResponseCarriesTheChecksumOfTheGzippedBytes(URI endpoint) throws Exception {
        HttpResponse<byte[]> response = RawRequests.send(RawRequests.dynamoDb(endpoint, "ListTables",
                HttpRequest.BodyPublishers.ofString("{}"), "Accept-Encoding", "gzip"));

        CRC32 crc = new CRC32();
        crc.update(response.body());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElseThrow());
        assertEquals(Long.toString(crc.getValue()), response.headers().firstValue("x-amz-crc32").orElseThrow());
        String plain = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(plain.contains("TableNames"));
    }

    @Test
    void theSdkReadsGzippedResponsesAndChecksTheirChecksum(URI endpoint) {
        try (DynamoDbClient gzipping = DynamoDbClient.builder().endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("111122223333", "test")))
                .overrideConfiguration(c -> c.putHeader("Accept-Encoding", "gzip"))
                .build()) {
            gzipping.createTable(t -> t.tableName("Compressed").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
            gzipping.putItem(p -> p.tableName("Compressed").item(Map.of("id", AttributeValue.fromS("a"),
                    "text", AttributeValue.fromS("words ".repeat(200)))));

            Map<String, AttributeValue> item = gzipping.getItem(g -> g.tableName("Compressed")
                    .key(Map.of("id", AttributeValue.fromS("a")))).item();

            assertEquals("words ".repeat(200), item.get("text").s());
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
