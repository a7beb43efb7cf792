package dev.stratus.gateway.http;

import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.Checksums;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writes an answer. A client that sends {@code Accept-Encoding: gzip} gets the body gzipped, and a
 * {@code x-amz-crc32} then covers the gzipped bytes, as DynamoDB computes it. A streamed body goes out as it is
 * written, in chunks, never gzipped.
 */
final class ResponseWriter {

    private static final String CRC32 = "x-amz-crc32";

    void write(ServiceResponse answer, Request request, Response response, Callback callback) {
        response.setStatus(answer.status());
        HttpFields.Mutable out = response.getHeaders();
        answer.headers().forEach((name, value) -> {
            if (value.indexOf('\n') < 0) {
                out.put(name, value);
                return;
            }
            String[] lines = value.split("\n");
            out.put(name, lines[0]);
            for (int i = 1; i < lines.length; i++) {
                out.add(name, lines[i]);
            }
        });
        if (answer.stream() != null) {
            stream(answer, response, callback);
            return;
        }
        byte[] body = answer.body();
        if (body.length > 0 && acceptsGzip(request.getHeaders())) {
            body = gzip(body);
            out.put("Content-Encoding", "gzip");
            if (out.contains(CRC32)) {
                out.put(CRC32, Checksums.crc32(body));
            }
        }
        out.put(HttpHeader.CONTENT_LENGTH, body.length);
        if (body.length == 0 || request.getMethod().equals("HEAD")) {
            callback.succeeded();
        } else {
            response.write(true, ByteBuffer.wrap(body), callback);
        }
    }

    private static void stream(ServiceResponse answer, Response response, Callback callback) {
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            answer.stream().writeTo(out);
        } catch (IOException | RuntimeException e) {
            callback.failed(e);
            return;
        }
        callback.succeeded();
    }

    private static boolean acceptsGzip(HttpFields headers) {
        for (String coding : headers.getCSV(HttpHeader.ACCEPT_ENCODING, false)) {
            String[] parts = coding.split(";");
            boolean refused = parts.length > 1 && parts[1].trim().replace(" ", "").matches("q=0(\\.0*)?");
            if (parts[0].trim().equalsIgnoreCase("gzip") && !refused) {
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream(body.length / 2 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zipped.toByteArray();
    }
}
