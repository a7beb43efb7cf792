package dev.stratus.benchmarks.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.AwsJsonHandler;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Answers {@code Ping} with an empty object through the shared JSON 1.0 protocol helper, as a real service would. */
@Singleton
final class PingHandler implements ServiceHandler {

    static final String TARGET_PREFIX = "StratusBench_20251125";

    private final AwsJsonHandler protocol;

    @Inject
    PingHandler(ObjectMapper mapper) {
        this.protocol = AwsJsonHandler.builder(mapper).targetPrefix(TARGET_PREFIX).errorNamespace("dev.stratus.benchmarks")
                .operation("Ping", (input, context) -> mapper.createObjectNode()).build();
    }

    @Override
    public ServiceResponse handle(ServiceRequest request, RequestContext context) {
        return protocol.handle(request, context);
    }

    @Override
    public Optional<ServiceResponse> unexpectedFailure(RequestContext context) {
        return protocol.unexpectedFailure(context);
    }
}
