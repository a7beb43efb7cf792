package dev.stratus.gateway.http;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The end of a chain under test: remembers the request's exchange and answers 200 with the given body. */
final class Recorder extends Handler.Abstract {

    private final AtomicReference<Exchange> seen = new AtomicReference<>();
    private final Function<Exchange, byte[]> body;

    private Recorder(Function<Exchange, byte[]> body) {
        this.body = body;
    }

    /** Answers with the decoded body. */
    static Recorder echoingBody() {
        return new Recorder(Exchange::body);
    }

    /** Answers with the body as sent. */
    static Recorder echoingSentBody() {
        return new Recorder(Exchange::sentBody);
    }

    static Recorder answeringEmpty() {
        return new Recorder(exchange -> new byte[0]);
    }

    Exchange seen() {
        return seen.get();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange exchange = Exchange.of(request);
        seen.set(exchange);
        response.setStatus(200);
        response.write(true, ByteBuffer.wrap(body.apply(exchange)), callback);
        return true;
    }
}
