package dev.stratus.gateway.http;

import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.ServiceHandler;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/** One handler of the pipeline on a socketless Jetty connector, the request already named as the access log names it. */
final class LocalHttp implements AutoCloseable {

    static final String REQUEST_ID = "req-1";
    static final Instant RECEIVED = Instant.parse("2024-01-01T00:00:00Z");
    static final String QUEUE_NAMESPACE = "http://queue.amazonaws.com/doc/2012-11-05/";

    private final Server server;
    private final LocalConnector connector;

    private LocalHttp(Handler handler) throws Exception {
        server = new Server();
        connector = new LocalConnector(server);
        server.addConnector(connector);
        server.setHandler(new Handler.Wrapper(handler) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Exchange.begin(request, REQUEST_ID, RECEIVED);
                return super.handle(request, response, callback);
            }
        });
        server.start();
    }

    static LocalHttp serving(Handler handler) throws Exception {
        return new LocalHttp(handler);
    }

    HttpTester.Response send(HttpTester.Request request) throws Exception {
        return HttpTester.parseResponse(connector.getResponse(request.generate()));
    }

    HttpTester.Response sendRaw(String request) throws Exception {
        return HttpTester.parseResponse(connector.getResponse(request));
    }

    static HttpTester.Request post(String target, byte[] body) {
        HttpTester.Request request = HttpTester.newRequest();
        request.setMethod("POST");
        request.setURI("/");
        request.setHeader("Host", "localhost");
        if (target != null) {
            request.setHeader("X-Amz-Target", target);
        }
        request.setContent(ByteBuffer.wrap(body));
        return request;
    }

    static HttpTester.Request post(String target, String body) {
        return post(target, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Service resolution over {@code services} in front of {@code next}, with {@code us-east-1} the default region. */
    static ServiceResolution resolving(List<RunningService> services, Handler next) {
        return resolving(services, "us-east-1", next);
    }

    static ServiceResolution resolving(List<RunningService> services, String defaultRegion, Handler next) {
        ServiceResolution resolution = new ServiceResolution(services, defaultRegion);
        resolution.setHandler(next);
        return resolution;
    }

    /** A JSON 1.1 service named {@code echo} owning {@code Echo_20240101}, answering with {@code handler}. */
    static RunningService echoService(ServiceHandler handler) {
        return new RunningService(new ServiceDescriptor("echo", "echo", Protocol.AWS_JSON_1_1, List.of("Echo_20240101"),
                List.of(), Set.of(), List.of()), handler, "test");
    }

    /**
     * A service named {@code queue} as SQS is: JSON 1.0 owning {@code Queue_20121105}, and the query protocol of
     * API version {@code 2012-11-05}.
     */
    static RunningService queryService(ServiceHandler handler) {
        return new RunningService(new ServiceDescriptor("queue", "queue", Protocol.AWS_JSON_1_0, List.of("Queue_20121105"),
                List.of(), Set.of(), List.of()).withQueryApi("2012-11-05", QUEUE_NAMESPACE), handler, "test");
    }

    /** A REST-JSON service named {@code rest} owning the paths under {@code /rest/}. */
    static RunningService restService(ServiceHandler handler) {
        return new RunningService(new ServiceDescriptor("rest", "rest", Protocol.REST_JSON, List.of(), List.of("/rest/"),
                Set.of(), List.of()), handler, "test");
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
