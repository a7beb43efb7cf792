package dev.stratus.spi;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Answers every request routed to one service. Bound with {@link ServiceBindings#handler}.
 *
 * <p>Implementations are usually built from the protocol helpers in {@code dev.stratus.spi.protocol}, which
 * turn {@link AwsServiceException}s (client mistakes) and unexpected exceptions (a logged 500
 * {@code InternalFailure}) into the protocol's error responses. {@link #handle} may block; it is called on a
 * request thread. An operation that waits for something to happen (SQS's long polling) overrides
 * {@link #handleAsync} instead, so a waiting request holds no thread.
 */
public interface ServiceHandler {

    ServiceResponse handle(ServiceRequest request, RequestContext context);

    /**
     * Answers the request when the returned stage completes. The gateway calls this method; the default
     * answers at once with {@link #handle}. The stage must not complete exceptionally: failures are answered
     * as the protocol's error responses.
     */
    default CompletionStage<ServiceResponse> handleAsync(ServiceRequest request, RequestContext context) {
        return CompletableFuture.completedFuture(handle(request, context));
    }
}
