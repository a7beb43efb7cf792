package dev.stratus.gateway.auth;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a SigV4 signature covers: the method, the path and query as sent (still percent-encoded), the headers
 * (keyed by lower-case name, every value of repeated ones) and the body bytes as sent.
 */
public record SignedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                            byte[] body) {

    public SignedRequest {
        headers = Map.copyOf(headers);
        rawQuery = rawQuery == null ? "" : rawQuery;
    }

    Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
