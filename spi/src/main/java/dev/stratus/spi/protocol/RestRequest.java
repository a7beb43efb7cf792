package dev.stratus.spi.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * A REST-JSON request matched to its operation.
 *
 * @param raw        the request as received
 * @param pathParams the decoded values of the route's {@code {Name}} segments
 * @param context    who asked, with the operation's name
 * @param mapper     the platform's mapper
 */
public record RestRequest(ServiceRequest raw, Map<String, String> pathParams, RequestContext context,
                          ObjectMapper mapper) {

    public RestRequest {
        pathParams = Map.copyOf(pathParams);
    }

    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The route has no path parameter " + name);
        }
        return value;
    }

    public Optional<String> query(String name) {
        return raw.queryParameter(name);
    }

    public Optional<String> header(String name) {
        return raw.header(name);
    }

    /** A JSON response with the given status and body (any value Jackson can write). */
    public ServiceResponse respond(int status, Object body) {
        try {
            return ServiceResponse.of(status, "application/json", mapper.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException("Output not serialisable", e);
        }
    }

    /** The body as JSON ({@code {}} when empty), or a {@code SerializationException} when it is not JSON. */
    public JsonNode json() {
        return JsonBodies.parseObject(mapper, raw.body());
    }
}
