package dev.stratus.spi.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ServiceHandler} for the REST-JSON protocol: the first route whose method and path template match
 * the request runs; errors name their code in {@code X-Amzn-ErrorType}.
 */
public final class RestJsonHandler implements ServiceHandler {

    private final ObjectMapper mapper;
    private final List<RestRoute> routes;

    private RestJsonHandler(ObjectMapper mapper, List<RestRoute> routes) {
        this.mapper = mapper;
        this.routes = List.copyOf(routes);
    }

    public static Builder builder(ObjectMapper mapper) {
        return new Builder(mapper);
    }

    @Override
    public ServiceResponse handle(ServiceRequest request, RequestContext context) {
        try {
            for (RestRoute route : routes) {
                Optional<Map<String, String>> params = route.match(request.method(), request.path());
                if (params.isPresent()) {
                    RequestContext named = context.withOperation(route.operation());
                    return route.handler().handle(new RestRequest(request, params.get(), named, mapper));
                }
            }
            throw CommonErrors.unknownOperation(request.method() + " " + request.path());
        } catch (AwsServiceException e) {
            return RestJsonErrors.encode(e, mapper);
        }
    }

    @Override
    public Optional<ServiceResponse> unexpectedFailure(RequestContext context) {
        return Optional.of(RestJsonErrors.encode(CommonErrors.internalFailure("ServiceException", context.requestId()),
                mapper));
    }

    /** Assembles a {@link RestJsonHandler}; routes are tried in the order they are added. */
    public static final class Builder {
        private final ObjectMapper mapper;
        private final List<RestRoute> routes = new ArrayList<>();

        private Builder(ObjectMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper, "mapper");
        }

        public Builder route(String method, String pathTemplate, String operation, RestOperation handler) {
            routes.add(RestRoute.of(method, pathTemplate, operation, handler));
            return this;
        }

        public RestJsonHandler build() {
            return new RestJsonHandler(mapper, routes);
        }
    }
}
