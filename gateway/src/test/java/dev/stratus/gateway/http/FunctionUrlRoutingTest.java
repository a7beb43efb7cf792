package dev.stratus.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

class FunctionUrlRoutingTest {

    @Test
    void theHostFormBecomesThePathForm() throws Exception {
        try (LocalHttp http = LocalHttp.serving(new FunctionUrlRouting(answering("url"), answering("other")))) {
            HttpTester.Request request = get("/items/7?color=red");
            request.setHeader("Host", "abc123.lambda-url.eu-west-1.localhost:4566");

            HttpTester.Response response = http.send(request);

            assertEquals("url /lambda-url/abc123/items/7?color=red", response.getContent());
        }
    }

    @Test
    void thePathFormGoesToFunctionUrlsAsItIs() throws Exception {
        try (LocalHttp http = LocalHttp.serving(new FunctionUrlRouting(answering("url"), answering("other")))) {
            HttpTester.Response response = http.send(get("/lambda-url/abc123/"));

            assertEquals("url /lambda-url/abc123/", response.getContent());
        }
    }

    @Test
    void otherRequestsGoOn() throws Exception {
        try (LocalHttp http = LocalHttp.serving(new FunctionUrlRouting(answering("url"), answering("other")))) {
            HttpTester.Request request = get("/2015-03-31/functions");
            request.setHeader("Host", "localhost:4566");

            HttpTester.Response response = http.send(request);

            assertEquals("other /2015-03-31/functions", response.getContent());
        }
    }

    private static HttpTester.Request get(String uri) {
        HttpTester.Request request = HttpTester.newRequest();
        request.setMethod("GET");
        request.setURI(uri);
        request.setHeader("Host", "localhost");
        return request;
    }

    /** Answers with its name and the URI it was given. */
    private static Handler answering(String name) {
        return new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                String uri = request.getHttpURI().getPathQuery();
                response.setStatus(200);
                response.write(true, ByteBuffer.wrap((name + " " + uri).getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        };
    }
}
