package dev.stratus.gateway.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The canonical request of SigV4 as the AWS SDKs build it for every service but S3: the path encoded once more
 * (so {@code %3A} becomes {@code %253A}), the query sorted and encoded, the signed headers trimmed, the payload hash.
 */
final class CanonicalRequest {

    private CanonicalRequest() {
    }

    static String of(SignedRequest request, List<String> signedHeaders, String payloadHash, boolean presigned) {
        return request.method() + "\n"
                + canonicalPath(request.rawPath()) + "\n"
                + canonicalQuery(request.rawQuery(), presigned) + "\n"
                + canonicalHeaders(request.headers(), signedHeaders) + "\n"
                + String.join(";", signedHeaders) + "\n"
                + payloadHash;
    }

    /** The first value of a query parameter, decoded. */
    static Optional<String> queryParameter(SignedRequest request, String name) {
        return parameters(request.rawQuery()).stream().filter(p -> p.getKey().equals(name))
                .map(Map.Entry::getValue).findFirst();
    }

    private static String canonicalPath(String rawPath) {
        return rawPath.isEmpty() ? "/" : encode(rawPath, true);
    }

    private static String canonicalQuery(String rawQuery, boolean presigned) {
        return parameters(rawQuery).stream()
                .filter(p -> !(presigned && p.getKey().equals("X-Amz-Signature")))
                .map(p -> Map.entry(encode(p.getKey(), false), encode(p.getValue(), false)))
                .sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                .map(p -> p.getKey() + "=" + p.getValue())
                .collect(Collectors.joining("&"));
    }

    private static String canonicalHeaders(Map<String, List<String>> headers, List<String> signedHeaders) {
        StringBuilder canonical = new StringBuilder();
        for (String name : signedHeaders) {
            String values = headers.getOrDefault(name, List.of()).stream()
                    .map(v -> v.trim().replaceAll("\\s+", " "))
                    .collect(Collectors.joining(","));
            canonical.append(name).append(':').append(values).append('\n');
        }
        return canonical.toString();
    }

    private static List<Map.Entry<String, String>> parameters(String rawQuery) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        if (rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.add(Map.entry(decode(name), decode(value)));
        }
        parameters.sort(Comparator.comparing(Map.Entry::getKey));
        return parameters;
    }

    /** AWS's URI encoding: every byte but the unreserved characters (and, in paths, '/') as %XX. */
    private static String encode(String value, boolean keepSlash) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || (keepSlash && c == '/');
            if (unreserved) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    /** Percent-decoding; a '+' stays a '+', as SDKs send spaces as %20. */
    private static String decode(String value) {
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
