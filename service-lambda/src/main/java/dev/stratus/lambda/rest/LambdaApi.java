package dev.stratus.lambda.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;

/** The Lambda API: every route of every bound {@link LambdaRoutes} group, over the REST-JSON protocol. */
@Singleton
public class LambdaApi implements ServiceHandler {

    private final RestJsonHandler handler;

    @Inject
    public LambdaApi(ObjectMapper mapper, Set<LambdaRoutes> groups) {
        RestJsonHandler.Builder builder = RestJsonHandler.builder(mapper);
        groups.forEach(group -> group.addTo(builder));
        this.handler = builder.build();
    }

    @Override
    public ServiceResponse handle(ServiceRequest request, RequestContext context) {
        return handler.handle(request, context);
    }

    @Override
    public Optional<ServiceResponse> unexpectedFailure(RequestContext context) {
        return handler.unexpectedFailure(context);
    }
}
