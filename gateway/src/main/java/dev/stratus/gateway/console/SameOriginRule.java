package dev.stratus.gateway.console;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses cross-site writes to the platform's own paths: a request under {@code /_stratus/} with a method other than
 * GET, HEAD or OPTIONS is answered 403 when its {@code Origin} is not the origin it was sent to, or when the browser
 * marks it {@code Sec-Fetch-Site: cross-site}. Requests without either header (curl, SDKs) are not from a page and pass.
 */
public final class SameOriginRule extends Handler.Wrapper {

    private static final String PREFIX = "/_stratus/";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    public SameOriginRule(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!request.getHttpURI().getPath().startsWith(PREFIX) || READS.contains(request.getMethod())
                || sameOrigin(request)) {
            return super.handle(request, response, callback);
        }
        byte[] body = "{\"message\":\"Cross-origin writes to /_stratus/ are refused\"}".getBytes(StandardCharsets.UTF_8);
        response.setStatus(403);
        response.getHeaders().put("Content-Type", "application/json");
        response.getHeaders().put("Content-Length", body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    static boolean sameOrigin(Request request) {
        HttpFields headers = request.getHeaders();
        String site = headers.get("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String origin = headers.get("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI from = URI.create(origin);
            String host = headers.get("Host");
            return from.getScheme() != null && from.getScheme().equals(request.getHttpURI().getScheme())
                    && host != null && host.equalsIgnoreCase(from.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
