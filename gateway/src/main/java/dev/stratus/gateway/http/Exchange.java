package dev.stratus.gateway.http;

import dev.stratus.spi.Protocol;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceDescriptor;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.jetty.server.Request;

/**
 * What the handlers of one request learn about it, in the order they learn it: the access log names the request,
 * service resolution adds the service, context and protocol, the limit reads the body as sent, decoding the body as
 * meant. Each field is set once, by the one handler whose job it is, but the protocol: guessed from the target until
 * resolution settles it (for a query protocol form, once its body is read). The handlers run on the request's thread.
 */
final class Exchange {

    private static final String ATTRIBUTE = Exchange.class.getName();

    private final String requestId;
    private final Instant receivedAt;
    private final String target;
    private Protocol protocol;
    private RunningService service;
    private RequestContext context;
    private byte[] sentBody;
    private byte[] body;

    private Exchange(String requestId, Instant receivedAt, String target) {
        this.requestId = requestId;
        this.receivedAt = receivedAt;
        this.target = target;
        this.protocol = target != null ? Protocol.AWS_JSON_1_0 : Protocol.REST_JSON;
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

    /**
     * The protocol the client speaks, in which the gateway answers its errors: the service's, or the query protocol
     * when the request names no target and its service has one; before resolution, a JSON protocol when the
     * request names a target, else REST-JSON.
     */
    Protocol protocol() {
        return protocol;
    }

    /** The query protocol API of the service asked, when the client speaks it and the service is known. */
    Optional<ServiceDescriptor.QueryApi> queryApi() {
        return service == null ? Optional.empty() : service.descriptor().queryApi();
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

    void resolved(RunningService runningService, RequestContext requestContext, Protocol spoken) {
        this.service = runningService;
        this.context = requestContext;
        this.protocol = spoken;
    }

    /** The protocol of a request whose service is not known yet (a query protocol form, until its body is read). */
    void speaks(Protocol spoken) {
        this.protocol = spoken;
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
