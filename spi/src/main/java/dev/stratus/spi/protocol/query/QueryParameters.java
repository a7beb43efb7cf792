package dev.stratus.spi.protocol.query;

import dev.stratus.spi.ServiceRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parameters of an AWS query protocol request: the URL's query and the form-encoded body together, by
 * name (the first value of a repeated name wins). Nested members are dotted names: {@code Attribute.1.Name},
 * {@code MessageAttribute.2.Value.StringValue}.
 */
public final class QueryParameters {

    private final NavigableMap<String, String> values;

    private QueryParameters(NavigableMap<String, String> values) {
        this.values = values;
    }

    public static QueryParameters of(ServiceRequest request) {
        NavigableMap<String, String> values = new TreeMap<>();
        for (Map.Entry<String, List<String>> parameter : request.query().entrySet()) {
            if (!parameter.getValue().isEmpty()) {
                values.putIfAbsent(parameter.getKey(), parameter.getValue().get(0));
            }
        }
        String contentType = request.header("content-type").orElse("");
        if (request.body().length > 0 && !contentType.startsWith("application/x-amz-json")) {
            parseForm(new String(request.body(), StandardCharsets.UTF_8), values);
        }
        return new QueryParameters(values);
    }

    /** Parameters from {@code application/x-www-form-urlencoded} text. */
    public static QueryParameters parse(String form) {
        NavigableMap<String, String> values = new TreeMap<>();
        parseForm(form, values);
        return new QueryParameters(values);
    }

    private static void parseForm(String form, Map<String, String> into) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            into.putIfAbsent(name, value);
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Whether the parameter itself or any member nested under it ({@code name.…}) was sent. */
    public boolean has(String name) {
        if (values.containsKey(name)) {
            return true;
        }
        String nested = name + ".";
        String next = values.ceilingKey(nested);
        return next != null && next.startsWith(nested);
    }

    /** The values of a flattened list {@code name.1}, {@code name.2}, … in index order, up to the first gap. */
    public List<String> list(String name) {
        java.util.ArrayList<String> list = new java.util.ArrayList<>();
        for (int i = 1; values.containsKey(name + "." + i); i++) {
            list.add(values.get(name + "." + i));
        }
        return List.copyOf(list);
    }
}
