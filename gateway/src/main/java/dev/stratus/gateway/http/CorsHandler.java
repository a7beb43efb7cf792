package dev.stratus.gateway.http;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets a page in a browser call Stratus directly: answers CORS preflights and marks responses to allowed origins
 * with {@code Access-Control-Allow-Origin} and the AWS headers SDKs read.
 */
final class CorsHandler extends Handler.Wrapper {

    private static final String EXPOSED = "x-amzn-RequestId,x-amz-request-id,x-amz-id-2,x-amz-crc32,"
            + "X-Amzn-ErrorType,X-Amz-Function-Error,X-Amz-Log-Result,X-Amz-Executed-Version,ETag";
    private static final String METHODS = "GET,HEAD,POST,PUT,DELETE,PATCH,OPTIONS";

    private final boolean anyOrigin;
    private final Set<String> origins;

    CorsHandler(String allowedOrigins, Handler next) {
        super(next);
        this.anyOrigin = allowedOrigins.trim().equals("*");
        this.origins = Arrays.stream(allowedOrigins.split(",")).map(String::trim).collect(Collectors.toSet());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields headers = request.getHeaders();
        String origin = headers.get("Origin");
        boolean allowed = origin != null && (anyOrigin || origins.contains(origin));
        boolean preflight = request.getMethod().equals("OPTIONS") && origin != null
                && headers.get("Access-Control-Request-Method") != null;
        HttpFields.Mutable out = response.getHeaders();
        if (allowed) {
            out.put("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
            out.put("Access-Control-Expose-Headers", EXPOSED);
        }
        if (!preflight) {
            return super.handle(request, response, callback);
        }
        if (allowed) {
            out.put("Access-Control-Allow-Methods", METHODS);
            String asked = headers.get("Access-Control-Request-Headers");
            out.put("Access-Control-Allow-Headers", asked == null ? "*" : asked);
            out.put("Access-Control-Max-Age", "86400");
        }
        response.setStatus(200);
        out.put("Content-Length", 0L);
        callback.succeeded();
        return true;
    }
}
