package dev.stratus.gateway.http;

import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.ServiceResponse;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what the inner handlers throw into the answer: an {@link AwsServiceException} into the error body of the
 * protocol the client speaks, anything else into a logged 500 — the one place an unexpected failure is answered.
 */
final class ErrorMapping extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private final GatewayErrors errors;
    private final ResponseWriter writer;

    ErrorMapping(GatewayErrors errors, ResponseWriter writer, Handler next) {
        super(next);
        this.errors = errors;
        this.writer = writer;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange exchange = Exchange.of(request);
        ServiceResponse answer;
        try {
            return super.handle(request, response, callback);
        } catch (Exception | LinkageError | AssertionError e) {
            answer = answer(errors, e, request);
        }
        if (response.isCommitted()) {
            callback.failed(new IllegalStateException("Request " + exchange.requestId() + " failed after its answer began"));
        } else {
            writer.write(answer, request, response, callback);
        }
        return true;
    }

    private static ServiceResponse answer(GatewayErrors errors, Throwable failure, Request request) {
        Exchange exchange = Exchange.of(request);
        if (failure instanceof AwsServiceException e) {
            return errors.encode(e, exchange);
        }
        LOG.error("Request {} ({} {}) failed unexpectedly", exchange.requestId(), request.getMethod(),
                request.getHttpURI().getPath(), failure);
        return errors.unexpectedFailure(exchange);
    }

    /** Answers the failures of services that answer later, as this handler answers those thrown at once. */
    static final class LateFailures {
        private final GatewayErrors errors;

        LateFailures(GatewayErrors errors) {
            this.errors = errors;
        }

        ServiceResponse answer(Throwable failure, Request request) {
            return ErrorMapping.answer(errors, failure, request);
        }
    }
}
