package dev.stratus.spi.protocol;

import dev.stratus.spi.ServiceResponse;

/**
 * One operation of a REST-JSON service, registered with {@link RestJsonHandler} under a method and path
 * template: the matched request (path parameters decoded) in, a response out. A client mistake is thrown as
 * an {@link dev.stratus.spi.AwsServiceException} and written with {@code X-Amzn-ErrorType}; any other
 * exception becomes a logged 500. Called on request threads, possibly concurrently.
 */
@FunctionalInterface
public interface RestOperation {

    ServiceResponse handle(RestRequest request);
}
