package dev.stratus.spi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a service answers. The gateway adds {@code x-amzn-RequestId}.
 *
 * @param status  the HTTP status
 * @param headers header values by name; a value of several lines goes out as one header field per line
 *                (several {@code Set-Cookie}s)
 * @param body    the body bytes
 */
public record ServiceResponse(int status, Map<String, String> headers, byte[] body) {

    private static final byte[] EMPTY = new byte[0];

    public ServiceResponse {
        headers = Map.copyOf(headers);
    }

    public static ServiceResponse of(int status, String contentType, byte[] body) {
        return new ServiceResponse(status, Map.of("Content-Type", contentType), body);
    }

    public static ServiceResponse empty(int status) {
        return new ServiceResponse(status, Map.of(), EMPTY);
    }

    public ServiceResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ServiceResponse(status, more, body);
    }
}
