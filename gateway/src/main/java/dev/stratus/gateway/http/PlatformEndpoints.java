package dev.stratus.gateway.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Answers the platform's own paths, {@code /_stratus/health} (GET and HEAD); everything else goes on to the services. */
final class PlatformEndpoints extends Handler.Wrapper {

    private static final String PREFIX = "/_stratus/";

    private final HealthReport health;
    private final ObjectMapper mapper;

    PlatformEndpoints(HealthReport health, ObjectMapper mapper, Handler next) {
        super(next);
        this.health = health;
        this.mapper = mapper;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        if (!path.startsWith(PREFIX)) {
            return super.handle(request, response, callback);
        }
        String method = request.getMethod();
        boolean readOnly = method.equals("GET") || method.equals("HEAD");
        if (path.equals(PREFIX + "health") && readOnly) {
            HealthReport.Result report = health.build();
            respond(response, callback, report.healthy() ? 200 : 503, json(report.body()), method.equals("HEAD"));
            return true;
        }
        respond(response, callback, 404, json(mapper.createObjectNode().put("message", "No such platform path: " + path)),
                method.equals("HEAD"));
        return true;
    }

    private byte[] json(Object body) throws JsonProcessingException {
        return mapper.writeValueAsBytes(body);
    }

    private static void respond(Response response, Callback callback, int status, byte[] body, boolean headOnly) {
        response.setStatus(status);
        response.getHeaders().put("Content-Type", "application/json");
        response.getHeaders().put("Content-Length", body.length);
        if (headOnly) {
            callback.succeeded();
        } else {
            response.write(true, ByteBuffer.wrap(body), callback);
        }
    }
}
