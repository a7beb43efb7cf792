package dev.stratus.spi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as a service sees it: no Jetty types, body already read (and gunzipped).
 *
 * @param method  upper-case HTTP method
 * @param path    the raw (still percent-encoded) path, without the query
 * @param query   decoded query parameters in order of appearance
 * @param headers header values keyed by lower-case name (the first value of repeated headers)
 * @param body    the body bytes, empty when there is none
 */
public record ServiceRequest(
        String method,
        String path,
        Map<String, List<String>> query,
        Map<String, String> headers,
        byte[] body) {

    public ServiceRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
