package dev.stratus.lambda;

import dev.stratus.spi.protocol.RestJsonHandler;

/**
 * A group of the Lambda API's routes. Every group bound in the {@code LambdaRoutes} multibinder is served by
 * the Lambda handler, so a feature (functions, aliases, event source mappings) adds its routes without the
 * handler naming it.
 */
public interface LambdaRoutes {

    void addTo(RestJsonHandler.Builder routes);
}
