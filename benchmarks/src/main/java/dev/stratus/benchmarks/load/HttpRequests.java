package dev.stratus.benchmarks.load;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Builds raw HTTP/1.1 requests, so the hot loop writes bytes and no client library sits between driver and server. */
public final class HttpRequests {

    /** What the AWS SDK v2 sends for a JSON 1.0 call, minus a real signature (the gateway only reads its scope). */
    private static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=000000000000/20251125/us-east-1/%s/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=%s";

    private HttpRequests() {
    }

    /** A keep-alive {@code POST /} of an AWS JSON 1.0 operation. */
    public static byte[] awsJson10(String host, int port, String signingName, String target, String body) {
        return post(host, port, Map.of(
                "Content-Type", "application/x-amz-json-1.0",
                "X-Amz-Target", target,
                "X-Amz-Date", "20251125T090000Z",
                "Authorization", String.format(AUTHORIZATION, signingName, "0".repeat(64))), body);
    }

    public static byte[] post(String host, int port, Map<String, String> headers, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append("POST / HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
                .append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[start.length + content.length];
        System.arraycopy(start, 0, request, 0, start.length);
        System.arraycopy(content, 0, request, start.length, content.length);
        return request;
    }

    /** A {@code GET} that closes the connection after the answer. */
    public static byte[] get(String host, int port, String path) {
        return ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
