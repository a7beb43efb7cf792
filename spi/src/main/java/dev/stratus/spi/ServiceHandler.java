package dev.stratus.spi;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Answers every request routed to one service. Bound with {@link ServiceBindings#handler}.
 *
 * <p>Implementations are usually built from the protocol helpers in {@code dev.stratus.spi.protocol}, which
 * turn {@link AwsServiceException}s (client mistakes) into the protocol's error responses. Any other exception
 * a handler throws is a failure the service did not expect: the gateway logs it and answers 500 with
 * {@link #unexpectedFailure}. {@link #handle} may block; it is called on a request thread. An operation that waits for something to happen (SQS's long polling) overrides
 * {@link #handleAsync} instead, so a waiting request holds no thread.
 */
public interface ServiceHandler {

    ServiceResponse handle(ServiceRequest request, RequestContext context);

    /**
     * Answers the request when the returned stage completes. The gateway calls this method; the default
     * answers at once with {@link #handle}. Client mistakes complete it with the protocol's error response; a
     * stage that fails (or a method that throws) is an unexpected failure, answered with {@link #unexpectedFailure}.
     */
    default CompletionStage<ServiceResponse> handleAsync(ServiceRequest request, RequestContext context) {
        return CompletableFuture.completedFuture(handle(request, context));
    }

    /**
     * The service's own 500 for a request whose handling failed unexpectedly (the gateway has logged the failure);
     * empty lets the gateway answer a 500 {@code InternalFailure} in the service's protocol. A handler that delegates
     * to a protocol helper delegates this too, so the 500 carries the service's error code and checksum.
     */
    default Optional<ServiceResponse> unexpectedFailure(RequestContext context) {
        return Optional.empty();
    }
}
