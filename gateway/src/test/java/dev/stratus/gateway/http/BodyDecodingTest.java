package dev.stratus.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.Handler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyDecodingTest {

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "deflate", " GZIP "})
    void aCompressedBodyIsDecoded(String coding) throws Exception {
        try (LocalHttp http = LocalHttp.serving(decoding(1000))) {
            HttpTester.Response response = http.send(encoded(coding, compress("{\"compressed\":true}", coding)));

            assertEquals(200, response.getStatus());
            assertEquals("{\"compressed\":true}", response.getContent());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "aws-chunked"})
    void aBodyThatDoesNotDecodeIsASerializationException(String coding) throws Exception {
        try (LocalHttp http = LocalHttp.serving(decoding(1000))) {
            HttpTester.Response response = http.send(encoded(coding, "{\"plain\":true}".getBytes(StandardCharsets.UTF_8)));

            assertEquals(400, response.getStatus());
            assertEquals("{\"__type\":\"com.amazon.coral.service#SerializationException\","
                    + "\"message\":\"The request body is not valid " + coding + " content.\"}", response.getContent());
        }
    }

    @Test
    void aBodyThatDecodesPastTheLimitIsRefused() throws Exception {
        try (LocalHttp http = LocalHttp.serving(decoding(1000))) {
            HttpTester.Response response = http.send(encoded("gzip", compress("{\"a\":\"" + "x".repeat(5000) + "\"}", "gzip")));

            assertEquals(413, response.getStatus());
        }
    }

    @Test
    void anAwsChunkedBodyLosesItsFraming() throws Exception {
        try (LocalHttp http = LocalHttp.serving(decoding(1000))) {
            HttpTester.Response response = http.send(encoded("aws-chunked", ("7;chunk-signature=" + "0".repeat(64)
                    + "\r\n{\"a\":1}\r\n0;chunk-signature=" + "1".repeat(64) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8)));

            assertEquals(200, response.getStatus());
            assertEquals("{\"a\":1}", response.getContent());
        }
    }

    @Test
    void anUnsignedAwsChunkedBodyWithATrailerLosesItsFramingAndTrailer() throws Exception {
        try (LocalHttp http = LocalHttp.serving(decoding(1000))) {
            HttpTester.Response response = http.send(encoded("aws-chunked",
                    "7\r\n{\"a\":1}\r\n0\r\nx-amz-checksum-crc32:sOO8/Q==\r\n\r\n".getBytes(StandardCharsets.UTF_8)));

            assertEquals(200, response.getStatus());
            assertEquals("{\"a\":1}", response.getContent());
        }
    }

    @Test
    void anAwsChunkedGzipBodyIsUnframedThenInflated() throws Exception {
        byte[] zipped = compress("{\"zipped\":true}", "gzip");
        ByteArrayOutputStream framed = new ByteArrayOutputStream();
        framed.writeBytes((Integer.toHexString(zipped.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        framed.writeBytes(zipped);
        framed.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        try (LocalHttp http = LocalHttp.serving(decoding(1000))) {
            HttpTester.Response response = http.send(encoded("aws-chunked,gzip", framed.toByteArray()));

            assertEquals(200, response.getStatus());
            assertEquals("{\"zipped\":true}", response.getContent());
        }
    }

    private static Handler decoding(long maxBytes) {
        return new ErrorMapping(new GatewayErrors(new ObjectMapper()), new ResponseWriter(),
                new BodyLimit(maxBytes, new BodyDecoding(maxBytes, Recorder.echoingBody())));
    }

    private static HttpTester.Request encoded(String coding, byte[] body) {
        HttpTester.Request request = LocalHttp.post("Echo_20240101.Echo", body);
        request.setHeader("Content-Encoding", coding);
        return request;
    }

    private static byte[] compress(String text, String coding) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = coding.trim().equalsIgnoreCase("gzip")
                ? new GZIPOutputStream(bytes) : new DeflaterOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
