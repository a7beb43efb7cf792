package dev.stratus.gateway.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.PlatformPath;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the platform's own paths, {@code /_stratus/health} (GET and HEAD) and the services' paths under
 * {@code /_stratus/<service>/} (GET and HEAD, through their {@link PlatformPath}); everything else goes on to the
 * services.
 */
final class PlatformEndpoints extends Handler.Wrapper {

    private static final String PREFIX = "/_stratus/";

    private final HealthReport health;
    private final Map<String, PlatformPath> servicePaths;
    private final ObjectMapper mapper;
    private final ResponseWriter writer = new ResponseWriter();

    PlatformEndpoints(HealthReport health, Set<PlatformPath> servicePaths, ObjectMapper mapper, Handler next) {
        super(next);
        this.health = health;
        this.servicePaths = servicePaths.stream()
                .collect(Collectors.toUnmodifiableMap(path -> PREFIX + path.service() + "/", Function.identity()));
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
        PlatformPath servicePath = servicePath(path);
        if (servicePath != null && readOnly) {
            ServiceRequest serviceRequest = new ServiceRequest(method, path, Dispatch.queryOf(request),
                    Dispatch.headersOf(request.getHeaders()), new byte[0]);
            ServiceResponse answer = servicePath.handle(serviceRequest);
            writer.write(answer, request, response, callback);
            return true;
        }
        if (servicePath != null) {
            respond(response, callback, 405, json(mapper.createObjectNode().put("message",
                    "Method " + method + " is not allowed on " + path)), false);
            return true;
        }
        respond(response, callback, 404, json(mapper.createObjectNode().put("message", "No such platform path: " + path)),
                method.equals("HEAD"));
        return true;
    }

    private PlatformPath servicePath(String path) {
        int end = path.indexOf('/', PREFIX.length());
        return end < 0 ? null : servicePaths.get(path.substring(0, end + 1));
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
