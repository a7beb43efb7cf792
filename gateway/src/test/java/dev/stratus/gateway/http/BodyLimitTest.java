package dev.stratus.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.Handler;
import org.junit.jupiter.api.Test;

class BodyLimitTest {

    private final Recorder next = Recorder.echoingSentBody();

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws Exception {
        try (LocalHttp http = LocalHttp.serving(limited(100))) {
            HttpTester.Response response = http.send(LocalHttp.post(null, "{\"a\":1}"));

            assertEquals(200, response.getStatus());
            assertEquals("{\"a\":1}", response.getContent());
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyArrives() throws Exception {
        try (LocalHttp http = LocalHttp.serving(limited(100))) {
            HttpTester.Response response = http.sendRaw("POST / HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-Amz-Target: Echo_20240101.Echo\r\nContent-Length: 5000\r\n\r\n");

            assertEquals(413, response.getStatus());
            assertEquals("{\"__type\":\"com.amazon.coral.service#RequestEntityTooLargeException\","
                    + "\"message\":\"Request must be smaller than 100 bytes\"}", response.getContent());
            assertNull(next.seen());
        }
    }

    @Test
    void aChunkedBodyIsRefusedOnceItPassesTheLimit() throws Exception {
        String chunk = "x".repeat(60);
        try (LocalHttp http = LocalHttp.serving(limited(100))) {
            HttpTester.Response response = http.sendRaw("POST / HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-Amz-Target: Echo_20240101.Echo\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "3c\r\n" + chunk + "\r\n3c\r\n" + chunk + "\r\n0\r\n\r\n");

            assertEquals(413, response.getStatus());
            assertNull(next.seen());
        }
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() throws Exception {
        try (LocalHttp http = LocalHttp.serving(limited(100))) {
            HttpTester.Response response = http.sendRaw("POST / HTTP/1.1\r\nHost: localhost\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");

            assertEquals(200, response.getStatus());
            assertEquals("abcde", response.getContent());
        }
    }

    private Handler limited(long maxBytes) {
        return new ErrorMapping(new GatewayErrors(new ObjectMapper()), new ResponseWriter(), new BodyLimit(maxBytes, next));
    }
}
