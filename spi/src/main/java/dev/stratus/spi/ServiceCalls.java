package dev.stratus.spi;

import java.util.concurrent.CompletionStage;

/**
 * Calls another running service's API in-process, as a client would through the endpoint but without a socket:
 * how one plugin reaches another whose classes it cannot see (SNS delivering to an SQS queue). Bound by the
 * platform. The request goes to the other service's {@link ServiceHandler} in its own protocol; the answer is its
 * response, errors included (a client mistake is a 4xx response, not an exception).
 */
public interface ServiceCalls {

    /** Whether the service named (its {@link ServiceDescriptor#name()}) runs in this server. */
    boolean running(String service);

    /**
     * Sends the request to the service, in the account and region of {@code caller}.
     *
     * @throws IllegalArgumentException if the service does not run in this server
     */
    CompletionStage<ServiceResponse> call(String service, ServiceRequest request, RequestContext caller);
}
