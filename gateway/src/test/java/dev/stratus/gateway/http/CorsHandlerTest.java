package dev.stratus.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.jetty.http.HttpTester;
import org.junit.jupiter.api.Test;

class CorsHandlerTest {

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutReachingTheService() throws Exception {
        Recorder service = Recorder.answeringEmpty();
        try (LocalHttp http = LocalHttp.serving(new CorsHandler("http://app.example", service))) {
            HttpTester.Request preflight = LocalHttp.post(null, "");
            preflight.setMethod("OPTIONS");
            preflight.setHeader("Origin", "http://app.example");
            preflight.setHeader("Access-Control-Request-Method", "POST");
            preflight.setHeader("Access-Control-Request-Headers", "x-amz-target,authorization");

            HttpTester.Response response = http.send(preflight);

            assertEquals(200, response.getStatus());
            assertEquals("http://app.example", response.get("Access-Control-Allow-Origin"));
            assertEquals("x-amz-target,authorization", response.get("Access-Control-Allow-Headers"));
            assertEquals("86400", response.get("Access-Control-Max-Age"));
            assertNull(service.seen());
        }
    }

    @Test
    void responsesToAnAllowedOriginExposeTheAwsHeaders() throws Exception {
        try (LocalHttp http = LocalHttp.serving(new CorsHandler("*", Recorder.answeringEmpty()))) {
            HttpTester.Request request = LocalHttp.post("Echo_20240101.Echo", "{}");
            request.setHeader("Origin", "http://localhost:3000");

            HttpTester.Response response = http.send(request);

            assertEquals("*", response.get("Access-Control-Allow-Origin"));
            assertEquals(true, response.get("Access-Control-Expose-Headers").contains("x-amz-crc32"));
        }
    }

    @Test
    void anOriginNotAllowedGetsNoCorsHeaders() throws Exception {
        try (LocalHttp http = LocalHttp.serving(new CorsHandler("http://app.example", Recorder.answeringEmpty()))) {
            HttpTester.Request request = LocalHttp.post("Echo_20240101.Echo", "{}");
            request.setHeader("Origin", "http://elsewhere.example");

            HttpTester.Response response = http.send(request);

            assertEquals(200, response.getStatus());
            assertNull(response.get("Access-Control-Allow-Origin"));
        }
    }
}
