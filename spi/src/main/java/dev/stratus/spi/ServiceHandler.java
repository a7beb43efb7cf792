package dev.stratus.spi;

/**
 * Answers every request routed to one service. Bound with {@link ServiceBindings#handler}.
 *
 * <p>Implementations are usually built from the protocol helpers in {@code dev.stratus.spi.protocol}, which
 * turn {@link AwsServiceException}s (client mistakes) and unexpected exceptions (a logged 500
 * {@code InternalFailure}) into the protocol's error responses. A handler may block; it is called on a
 * request thread.
 */
public interface ServiceHandler {

    ServiceResponse handle(ServiceRequest request, RequestContext context);
}
