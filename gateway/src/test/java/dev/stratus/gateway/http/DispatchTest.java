package dev.stratus.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.Checksums;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.Handler;
import org.junit.jupiter.api.Test;

class DispatchTest {

    private static final String ANSWER = "{\"TableNames\":[\"" + "Orders\",\"".repeat(50) + "Last\"]}";

    private final Handler pipeline = LocalHttp.resolving(List.of(LocalHttp.echoService((request, context) ->
            ServiceResponse.of(200, "application/x-amz-json-1.1", ANSWER.getBytes(StandardCharsets.UTF_8))
                    .withHeader("x-amz-crc32", Checksums.crc32(ANSWER.getBytes(StandardCharsets.UTF_8))))),
            new BodyLimit(1000, new BodyDecoding(1000, new Dispatch(new ResponseWriter(), new ErrorMapping.LateFailures(new GatewayErrors(new ObjectMapper()))))));

    @Test
    void aServiceSeesEachHeaderOnceByItsLowerCaseNameWithItsFirstValue() {
        Map<String, String> headers = Dispatch.headersOf(HttpFields.build().add("X-Amz-Target", "Echo_20240101.Echo")
                .add("x-amz-meta-tag", "first").add("X-Amz-Meta-Tag", "second").add("Content-Type", "application/json"));

        assertEquals(Map.of("x-amz-target", "Echo_20240101.Echo", "x-amz-meta-tag", "first",
                "content-type", "application/json"), headers);
        assertEquals(Map.of(), Dispatch.headersOf(HttpFields.EMPTY));
    }

    @Test
    void theServicesAnswerIsWrittenAsIs() throws Exception {
        try (LocalHttp http = LocalHttp.serving(pipeline)) {
            HttpTester.Response response = http.send(LocalHttp.post("Echo_20240101.Echo", "{}"));

            assertEquals(200, response.getStatus());
            assertEquals(ANSWER, response.getContent());
            assertEquals("application/x-amz-json-1.1", response.get("Content-Type"));
            assertNull(response.get("Content-Encoding"));
        }
    }

    @Test
    void aClientAcceptingGzipGetsItGzippedWithTheChecksumOfTheGzippedBytes() throws Exception {
        try (LocalHttp http = LocalHttp.serving(pipeline)) {
            HttpTester.Request request = LocalHttp.post("Echo_20240101.Echo", "{}");
            request.setHeader("Accept-Encoding", "gzip, deflate");

            HttpTester.Response response = http.send(request);

            byte[] zipped = response.getContentBytes();
            assertEquals("gzip", response.get("Content-Encoding"));
            assertEquals(Checksums.crc32(zipped), response.get("x-amz-crc32"));
            assertEquals(ANSWER, new String(new GZIPInputStream(new ByteArrayInputStream(zipped)).readAllBytes(),
                    StandardCharsets.UTF_8));
        }
    }

    @Test
    void gzipRefusedWithQualityZeroIsNotUsed() throws Exception {
        try (LocalHttp http = LocalHttp.serving(pipeline)) {
            HttpTester.Request request = LocalHttp.post("Echo_20240101.Echo", "{}");
            request.setHeader("Accept-Encoding", "gzip;q=0, identity");

            assertNull(http.send(request).get("Content-Encoding"));
        }
    }
}
