package dev.stratus.gateway.http;

import dev.stratus.spi.RequestContext;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.jetty.server.Request;

/**
 * What the handlers of one request learn about it, in the order they learn it: the access log names the request,
 * service resolution adds the service and context, the limit reads the body as sent, decoding the body as meant.
 * Each field is set once, by the one handler whose job it is; the handlers run on the request's thread.
 */
final class Exchange {

    private static final String ATTRIBUTE = Exchange.class.getName();

    private final String requestId;
    private final Instant receivedAt;
    private final String target;
    private RunningService service;
    private RequestContext context;
    private byte[] sentBody;
    private byte[] body;

    private Exchange(String requestId, Instant receivedAt, String target) {
        this.requestId = requestId;
        this.receivedAt = receivedAt;
        this.target = target;
    }

    static Exchange begin(Request request, String requestId, Instant receivedAt) {
        Exchange exchange = new Exchange(requestId, receivedAt, request.getHeaders().get("X-Amz-Target"));
        request.setAttribute(ATTRIBUTE, exchange);
        return exchange;
    }

    static Exchange of(Request request) {
        Exchange exchange = (Exchange) request.getAttribute(ATTRIBUTE);
        if (exchange == null) {
            throw new IllegalStateException("The access log handler did not see this request");
        }
        return exchange;
    }

    String requestId() {
        return requestId;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    /** The {@code X-Amz-Target} header, or null for protocols that route by path. */
    String target() {
        return target;
    }

    /** Whether errors go out in a JSON protocol's form ({@code __type}) rather than REST-JSON's. */
    boolean speaksTargetProtocol() {
        return service != null ? service.descriptor().protocol().usesTarget() : target != null;
    }

    Optional<RunningService> service() {
        return Optional.ofNullable(service);
    }

    Optional<RequestContext> context() {
        return Optional.ofNullable(context);
    }

    byte[] sentBody() {
        return require(sentBody, "body limit");
    }

    byte[] body() {
        return require(body, "body decoding");
    }

    void resolved(RunningService runningService, RequestContext requestContext) {
        this.service = runningService;
        this.context = requestContext;
    }

    void sentBody(byte[] bytes) {
        this.sentBody = bytes;
    }

    void body(byte[] bytes) {
        this.body = bytes;
    }

    private static byte[] require(byte[] value, String handler) {
        if (value == null) {
            throw new IllegalStateException("The " + handler + " handler did not see this request");
        }
        return value;
    }
}
