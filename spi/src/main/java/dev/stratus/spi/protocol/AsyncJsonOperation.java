package dev.stratus.spi.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.spi.RequestContext;
import java.util.concurrent.CompletionStage;

/**
 * An operation that answers later without holding a thread meanwhile (a long poll). Failures complete the
 * stage exceptionally with an {@link dev.stratus.spi.AwsServiceException}, or throw it at once.
 */
@FunctionalInterface
public interface AsyncJsonOperation {

    /** Same contract as {@link JsonOperation#handle}, answered when the stage completes. */
    CompletionStage<JsonNode> handle(JsonNode input, RequestContext context);
}
