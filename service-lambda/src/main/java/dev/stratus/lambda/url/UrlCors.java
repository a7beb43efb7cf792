package dev.stratus.lambda.url;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A function URL's CORS settings, answering preflights itself and adding its headers to the function's responses. */
final class UrlCors {

    private final ObjectNode cors;

    UrlCors(ObjectNode cors) {
        this.cors = cors;
    }

    static boolean isPreflight(ServiceRequest request) {
        return request.method().equals("OPTIONS") && request.header("origin").isPresent()
                && request.header("access-control-request-method").isPresent();
    }

    /** The answer to a preflight: 200, with the CORS headers when the origin and method are allowed. */
    ServiceResponse preflight(ServiceRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        String origin = request.header("origin").orElse("");
        String method = request.header("access-control-request-method").orElse("");
        if (allowsOrigin(origin) && allows("AllowMethods", method)) {
            headers.put("Access-Control-Allow-Origin", allowedOriginHeader(origin));
            headers.put("Access-Control-Allow-Methods", join("AllowMethods"));
            if (cors.has("AllowHeaders")) {
                headers.put("Access-Control-Allow-Headers", join("AllowHeaders"));
            }
            if (cors.path("AllowCredentials").asBoolean(false)) {
                headers.put("Access-Control-Allow-Credentials", "true");
            }
            if (cors.has("MaxAge")) {
                headers.put("Access-Control-Max-Age", cors.get("MaxAge").asText());
            }
        }
        return new ServiceResponse(200, headers, new byte[0]);
    }

    /** The function's response, with the CORS headers of the URL in place of any the function set. */
    ServiceResponse decorate(ServiceRequest request, ServiceResponse response) {
        String origin = request.header("origin").orElse(null);
        if (origin == null || !allowsOrigin(origin)) {
            return response;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().forEach((name, value) -> {
            if (!name.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-")) {
                headers.put(name, value);
            }
        });
        headers.put("Access-Control-Allow-Origin", allowedOriginHeader(origin));
        if (cors.has("ExposeHeaders")) {
            headers.put("Access-Control-Expose-Headers", join("ExposeHeaders"));
        }
        if (cors.path("AllowCredentials").asBoolean(false)) {
            headers.put("Access-Control-Allow-Credentials", "true");
        }
        headers.put("Vary", "Origin");
        return new ServiceResponse(response.status(), headers, response.body(), response.stream());
    }

    private boolean allowsOrigin(String origin) {
        return allows("AllowOrigins", origin);
    }

    private boolean allows(String list, String value) {
        for (String allowed : values(list)) {
            if (allowed.equals("*") || allowed.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    private String allowedOriginHeader(String origin) {
        return values("AllowOrigins").contains("*") && !cors.path("AllowCredentials").asBoolean(false) ? "*" : origin;
    }

    private String join(String list) {
        return String.join(",", values(list));
    }

    private List<String> values(String list) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : cors.path(list)) {
            values.add(value.asText());
        }
        return values;
    }
}
