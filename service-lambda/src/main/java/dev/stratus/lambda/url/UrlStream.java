package dev.stratus.lambda.url;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.invoke.InvokeOutcome;
import dev.stratus.lambda.invoke.StreamedInvocation;
import dev.stratus.spi.ServiceResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;

/**
 * The response of a {@code RESPONSE_STREAM} URL, sent as the function writes it. A function streaming through
 * {@code awslambda.HttpResponseStream.from} writes a prelude first (its status, headers and cookies as JSON, then
 * eight zero bytes), which becomes the response's head; a stream without one is a 200 of
 * {@code application/octet-stream}; a function answering buffered is mapped as a BUFFERED URL maps it.
 */
final class UrlStream {

    private static final int DELIMITER_BYTES = 8;
    private static final String OCTET_STREAM = "application/octet-stream";

    private UrlStream() {
    }

    /** The response, its head once known; {@code failed} answers a function error before anything was streamed. */
    static ServiceResponse of(ObjectMapper mapper, StreamedInvocation invocation, ServiceResponse failed) {
        byte[] chunk = invocation.nextChunk();
        if (chunk == null) {
            InvokeOutcome outcome = invocation.outcome();
            return outcome.functionError() != null ? failed : UrlResponse.of(mapper, outcome.payload());
        }
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(chunk);
        if (chunk[0] != '{') {
            return streamed(200, Map.of("content-type", OCTET_STREAM), head.toByteArray(), invocation);
        }
        int delimiter = delimiter(head.toByteArray());
        while (delimiter < 0 && (chunk = invocation.nextChunk()) != null) {
            head.writeBytes(chunk);
            delimiter = delimiter(head.toByteArray());
        }
        byte[] bytes = head.toByteArray();
        if (delimiter < 0) {
            return ServiceResponse.of(200, OCTET_STREAM, bytes);
        }
        JsonNode prelude = prelude(mapper, Arrays.copyOf(bytes, delimiter));
        return streamed(prelude.path("statusCode").asInt(200), UrlResponse.headers(prelude, OCTET_STREAM),
                Arrays.copyOfRange(bytes, delimiter + DELIMITER_BYTES, bytes.length), invocation);
    }

    private static ServiceResponse streamed(int status, Map<String, String> headers, byte[] start,
                                            StreamedInvocation invocation) {
        return ServiceResponse.streamed(status, headers, out -> {
            out.write(start);
            out.flush();
            invocation.drain(chunk -> {
                out.write(chunk);
                out.flush();
            });
        });
    }

    /** Where the eight zero bytes ending the prelude begin, or -1 when they did not come yet. */
    private static int delimiter(byte[] bytes) {
        int zeros = 0;
        for (int i = 0; i < bytes.length; i++) {
            zeros = bytes[i] == 0 ? zeros + 1 : 0;
            if (zeros == DELIMITER_BYTES) {
                return i - DELIMITER_BYTES + 1;
            }
        }
        return -1;
    }

    private static JsonNode prelude(ObjectMapper mapper, byte[] json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("A streamed response's prelude is not JSON", e);
        }
    }
}
