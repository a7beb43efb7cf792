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
        InputStream in = Content.Source.asInputStream(request);
        String encoding = request.getHeaders().get("Content-Encoding");
        if (encoding != null && encoding.trim().equalsIgnoreCase("gzip")) {
            in = new GZIPInputStream(in);
        }
        try (InputStream body = in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 256);
            byte[] buffer = new byte[16 * 1024];
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
}
