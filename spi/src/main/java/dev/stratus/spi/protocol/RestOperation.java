package dev.stratus.spi.protocol;

import dev.stratus.spi.ServiceResponse;

/** One operation of a REST-JSON service: a matched request in, a response out, or an {@link dev.stratus.spi.AwsServiceException}. */
@FunctionalInterface
public interface RestOperation {

    ServiceResponse handle(RestRequest request);
}
