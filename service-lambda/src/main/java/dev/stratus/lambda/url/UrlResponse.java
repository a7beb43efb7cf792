package dev.stratus.lambda.url;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.ServiceResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a function's result becomes as the URL's HTTP response, as AWS maps it: an object with {@code statusCode} is
 * read for statusCode, headers, cookies, body and isBase64Encoded; anything else is a 200 JSON body.
 */
final class UrlResponse {

    /** Several {@code Set-Cookie} values travel in one header value, a line each; the gateway writes one field per line. */
    static final String COOKIE_SEPARATOR = "\n";

    private UrlResponse() {
    }

    static ServiceResponse of(ObjectMapper mapper, byte[] payload) {
        JsonNode result = parse(mapper, payload);
        if (result == null || !result.isObject() || !result.has("statusCode")) {
            byte[] body = result != null && result.isTextual()
                    ? result.asText().getBytes(StandardCharsets.UTF_8) : payload;
            return ServiceResponse.of(200, "application/json", body);
        }
        Map<String, String> headers = headers(result, "application/json");
        JsonNode body = result.get("body");
        byte[] bytes;
        if (body == null || body.isNull()) {
            bytes = new byte[0];
        } else if (result.path("isBase64Encoded").asBoolean(false)) {
            bytes = Base64.getDecoder().decode(body.asText());
        } else {
            bytes = (body.isTextual() ? body.asText() : body.toString()).getBytes(StandardCharsets.UTF_8);
        }
        return new ServiceResponse(result.path("statusCode").asInt(200), headers, bytes);
    }

    /** The headers and cookies a result or a streamed response's prelude gives, lower-cased. */
    static Map<String, String> headers(JsonNode result, String defaultContentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        JsonNode given = result.path("headers");
        given.fieldNames().forEachRemaining(name -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
                given.get(name).asText()));
        headers.putIfAbsent("content-type", defaultContentType);
        List<String> cookies = new ArrayList<>();
        result.path("cookies").forEach(cookie -> cookies.add(cookie.asText()));
        if (!cookies.isEmpty()) {
            headers.put("set-cookie", String.join(COOKIE_SEPARATOR, cookies));
        }
        return headers;
    }

    private static JsonNode parse(ObjectMapper mapper, byte[] payload) {
        try {
            return payload.length == 0 ? null : mapper.readTree(payload);
        } catch (IOException notJson) {
            return null;
        }
    }
}
