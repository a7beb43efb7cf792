package dev.stratus.spi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a service answers. The gateway adds {@code x-amzn-RequestId}.
 *
 * @param status  the HTTP status
 * @param headers header values by name; a value of several lines goes out as one header field per line
 *                (several {@code Set-Cookie}s)
 * @param body    the body bytes (none when the body is streamed)
 * @param stream  the body written while it is produced, or {@code null} when {@code body} is the whole body
 */
public record ServiceResponse(int status, Map<String, String> headers, byte[] body, StreamingBody stream) {

    private static final byte[] EMPTY = new byte[0];

    public ServiceResponse {
        headers = Map.copyOf(headers);
    }

    public ServiceResponse(int status, Map<String, String> headers, byte[] body) {
        this(status, headers, body, null);
    }

    /** An answer whose body is sent as it is written. */
    public static ServiceResponse streamed(int status, Map<String, String> headers, StreamingBody stream) {
        return new ServiceResponse(status, headers, EMPTY, stream);
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
        return new ServiceResponse(status, more, body, stream);
    }
}
