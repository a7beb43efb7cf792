package dev.stratus.gateway.http;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpFields;

/** The CORS headers that let browser SDKs and consoles call Stratus from the allowed origins. */
final class Cors {

    private static final String EXPOSED = "x-amzn-RequestId,x-amz-request-id,x-amz-id-2,x-amz-crc32,"
            + "X-Amzn-ErrorType,X-Amz-Function-Error,X-Amz-Log-Result,X-Amz-Executed-Version,ETag";
    private static final String METHODS = "GET,HEAD,POST,PUT,DELETE,PATCH,OPTIONS";

    private final boolean anyOrigin;
    private final Set<String> origins;

    Cors(String allowedOrigins) {
        this.anyOrigin = allowedOrigins.trim().equals("*");
        this.origins = Arrays.stream(allowedOrigins.split(",")).map(String::trim).collect(Collectors.toSet());
    }

    boolean isPreflight(String method, HttpFields headers) {
        return method.equals("OPTIONS") && headers.get("Origin") != null
                && headers.get("Access-Control-Request-Method") != null;
    }

    /** Adds the CORS headers for the request's origin, if it is allowed. */
    void apply(HttpFields request, HttpFields.Mutable response, boolean preflight) {
        String origin = request.get("Origin");
        if (origin == null || !(anyOrigin || origins.contains(origin))) {
            return;
        }
        response.put("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
        response.put("Access-Control-Expose-Headers", EXPOSED);
        if (preflight) {
            response.put("Access-Control-Allow-Methods", METHODS);
            String asked = request.get("Access-Control-Request-Headers");
            response.put("Access-Control-Allow-Headers", asked == null ? "*" : asked);
            response.put("Access-Control-Max-Age", "86400");
        }
    }
}
