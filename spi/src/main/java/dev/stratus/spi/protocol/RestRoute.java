package dev.stratus.spi.protocol;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A method and path template such as {@code GET /2015-03-31/functions/{FunctionName}/configuration}.
 * {@code {Name}} matches one path segment; {@code {Name+}} matches the rest of the path.
 */
record RestRoute(String method, String template, String operation, RestOperation handler, List<String> segments) {

    static RestRoute of(String method, String template, String operation, RestOperation handler) {
        return new RestRoute(method, template, operation, handler, split(template));
    }

    /** The path parameters when the request's method and raw path match, else empty. */
    Optional<Map<String, String>> match(String requestMethod, String rawPath) {
        if (!method.equals(requestMethod)) {
            return Optional.empty();
        }
        List<String> parts = split(rawPath);
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean variable = segment.startsWith("{") && segment.endsWith("}");
            if (variable && segment.endsWith("+}")) {
                if (i >= parts.size()) {
                    return Optional.empty();
                }
                String rest = String.join("/", parts.subList(i, parts.size()));
                params.put(segment.substring(1, segment.length() - 2), decode(rest));
                return Optional.of(params);
            }
            if (i >= parts.size()) {
                return Optional.empty();
            }
            if (variable) {
                String value = decode(parts.get(i));
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                params.put(segment.substring(1, segment.length() - 1), value);
            } else if (!segment.equals(parts.get(i))) {
                return Optional.empty();
            }
        }
        return parts.size() == segments.size() ? Optional.of(params) : Optional.empty();
    }

    private static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/", -1)) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
