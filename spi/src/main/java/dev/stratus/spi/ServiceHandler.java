package dev.stratus.spi;

import java.util.Optional;

/**
 * Answers every request routed to one service. Bound with {@link ServiceBindings#handler}.
 *
 * <p>Implementations are usually built from the protocol helpers in {@code dev.stratus.spi.protocol}, which
 * turn {@link AwsServiceException}s (client mistakes) into the protocol's error responses. Any other exception
 * a handler throws is a failure the service did not expect: the gateway logs it and answers 500 with
 * {@link #unexpectedFailure}. A handler may block; it is called on a request thread.
 */
public interface ServiceHandler {

    ServiceResponse handle(ServiceRequest request, RequestContext context);

    /**
     * The service's own 500 for a request whose handling failed unexpectedly (the gateway has logged the failure);
     * empty lets the gateway answer a 500 {@code InternalFailure} in the service's protocol. A handler that delegates
     * to a protocol helper delegates this too, so the 500 carries the service's error code and checksum.
     */
    default Optional<ServiceResponse> unexpectedFailure(RequestContext context) {
        return Optional.empty();
    }
}
