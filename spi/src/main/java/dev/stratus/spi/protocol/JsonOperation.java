package dev.stratus.spi.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.spi.RequestContext;

/**
 * One operation of an AWS JSON service, registered with {@link AwsJsonHandler}: parsed input in, output out.
 * It never sees HTTP: the handler has already checked the target and parsed the body, and writes the result.
 * A client mistake is thrown as an {@link dev.stratus.spi.AwsServiceException}; any other exception becomes a
 * logged 500. Called on request threads, possibly concurrently.
 */
@FunctionalInterface
public interface JsonOperation {

    /**
     * @param input   the request body as JSON ({@code {}} when the body was empty)
     * @param context who asked
     * @return the output members; {@code null} answers {@code {}}
     */
    JsonNode handle(JsonNode input, RequestContext context);
}
