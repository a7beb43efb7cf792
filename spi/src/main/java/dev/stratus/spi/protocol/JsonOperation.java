package dev.stratus.spi.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.spi.RequestContext;

/** One operation of an AWS JSON service: parsed input in, output out, or an {@link dev.stratus.spi.AwsServiceException}. */
@FunctionalInterface
public interface JsonOperation {

    /**
     * @param input   the request body as JSON ({@code {}} when the body was empty)
     * @param context who asked
     * @return the output members; {@code null} answers {@code {}}
     */
    JsonNode handle(JsonNode input, RequestContext context);
}
