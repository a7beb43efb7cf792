package dev.stratus.gateway.http;

import dev.stratus.gateway.auth.AwsChunkedBody;
import dev.stratus.spi.protocol.CommonErrors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Decodes a body sent with {@code Content-Encoding: gzip}, {@code deflate} or {@code aws-chunked} (the framing of
 * a payload signed in chunks, whose signatures the signature check has verified): the framing first, wherever it
 * is listed, then the other codings last applied first. A body that
 * does not decode is a {@code SerializationException}, one that decodes to more than the limit a 413, never a 500.
 */
final class BodyDecoding extends Handler.Wrapper {

    private static final String AWS_CHUNKED = "aws-chunked";

    private final long maxBytes;

    BodyDecoding(long maxBytes, Handler next) {
        super(next);
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Exchange exchange = Exchange.of(request);
        byte[] body = exchange.sentBody();
        if (!request.getHeaders().contains(HttpHeader.CONTENT_ENCODING)) {
            exchange.body(body);
            return super.handle(request, response, callback);
        }
        List<String> codings = new ArrayList<>();
        request.getHeaders().getCSV(HttpHeader.CONTENT_ENCODING, false)
                .forEach(c -> codings.add(c.trim().toLowerCase(Locale.ROOT)));
        if (codings.remove(AWS_CHUNKED)) {
            body = AwsChunkedBody.parse(body).map(AwsChunkedBody::decoded).orElseThrow(() ->
                    CommonErrors.serialization("The request body is not valid aws-chunked content."));
        }
        for (int i = codings.size() - 1; i >= 0; i--) {
            String coding = codings.get(i);
            if (coding.equals("gzip") || coding.equals("deflate")) {
                body = inflate(body, coding);
            }
        }
        exchange.body(body);
        return super.handle(request, response, callback);
    }

    private byte[] inflate(byte[] sent, String coding) {
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
