package dev.stratus.gateway.http;

import dev.stratus.spi.protocol.CommonErrors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/** Reads a request body whole, gunzipping it when it says so, refusing more than the configured limit. */
final class RequestBodies {

    private final long maxBytes;

    RequestBodies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    byte[] read(Request request) throws IOException {
        long declared = request.getLength();
        if (declared > maxBytes) {
            throw CommonErrors.requestTooLarge(maxBytes);
        }
        InputStream plain = Content.Source.asInputStream(request);
        InputStream in = plain;
        String encoding = request.getHeaders().get("Content-Encoding");
        if (encoding != null && encoding.trim().equalsIgnoreCase("gzip")) {
            in = new GZIPInputStream(in);
        }
        try (InputStream body = in) {
            if (declared >= 0 && in == plain) {
                return readDeclared(body, (int) declared);
            }
            return readUntilEnd(body);
        }
    }

    /** A body whose length the request declared: one array of exactly that size, no copying. */
    private static byte[] readDeclared(InputStream body, int length) throws IOException {
        byte[] bytes = new byte[length];
        int read = body.readNBytes(bytes, 0, length);
        if (read < length) {
            throw new IOException("The body ended after " + read + " of " + length + " bytes");
        }
        return bytes;
    }

    private byte[] readUntilEnd(InputStream body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        byte[] buffer = new byte[8 * 1024];
        long total = 0;
        int read;
        while ((read = body.read(buffer)) >= 0) {
            total += read;
            if (total > maxBytes) {
                throw CommonErrors.requestTooLarge(maxBytes);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
