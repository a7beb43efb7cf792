package dev.stratus.gateway.http;

import dev.stratus.spi.protocol.CommonErrors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Decodes a body sent with {@code Content-Encoding: gzip} or {@code deflate}. A body that does not decode is a
 * {@code SerializationException}, one that decodes to more than the limit a 413, never a 500.
 */
final class BodyDecoding extends Handler.Wrapper {

    private final long maxBytes;

    BodyDecoding(long maxBytes, Handler next) {
        super(next);
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Exchange exchange = Exchange.of(request);
        String encoding = request.getHeaders().get("Content-Encoding");
        String coding = encoding == null ? "identity" : encoding.trim().toLowerCase(Locale.ROOT);
        byte[] sent = exchange.sentBody();
        exchange.body(coding.equals("gzip") || coding.equals("deflate") ? decode(sent, coding) : sent);
        return super.handle(request, response, callback);
    }

    private byte[] decode(byte[] sent, String coding) {
        try (InputStream in = coding.equals("gzip")
                ? new GZIPInputStream(new ByteArrayInputStream(sent))
                : new InflaterInputStream(new ByteArrayInputStream(sent))) {
            byte[] plain = in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8));
            if (in.read() >= 0) {
                throw CommonErrors.requestTooLarge(maxBytes);
            }
            return plain;
        } catch (IOException e) {
            throw CommonErrors.serialization("The request body is not valid " + coding + " content.");
        }
    }
}
