package dev.stratus.gateway.http;

import dev.stratus.spi.protocol.CommonErrors;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Reads the body as sent, refusing it with 413 once it passes the limit: at once when its {@code Content-Length}
 * says so, else (chunked) as soon as the bytes read so far pass it, never holding more than the limit.
 */
final class BodyLimit extends Handler.Wrapper {

    private final long maxBytes;

    BodyLimit(long maxBytes, Handler next) {
        super(next);
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getLength();
        if (declared > maxBytes) {
            throw CommonErrors.requestTooLarge(maxBytes);
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            Exchange.of(request).sentBody(declared >= 0 ? readDeclared(in, (int) declared) : readChunked(in));
        }
        return super.handle(request, response, callback);
    }

    private static byte[] readDeclared(InputStream in, int length) throws IOException {
        byte[] bytes = new byte[length];
        int read = in.readNBytes(bytes, 0, length);
        if (read < length) {
            throw CommonErrors.serialization("The request body ended after " + read + " of " + length + " bytes.");
        }
        return bytes;
    }

    private byte[] readChunked(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8));
        if (in.read() >= 0) {
            throw CommonErrors.requestTooLarge(maxBytes);
        }
        return bytes;
    }
}
