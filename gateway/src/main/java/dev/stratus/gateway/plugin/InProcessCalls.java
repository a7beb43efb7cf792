package dev.stratus.gateway.plugin;

import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceCalls;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@link ServiceCalls} straight to the handlers of the running services. The handlers are looked up when a call
 * is made, not when the caller is built, since a calling service's handler is itself one of them.
 */
@Singleton
public final class InProcessCalls implements ServiceCalls {

    private final Provider<Map<String, ServiceHandler>> handlers;
    private final Clock clock;

    @Inject
    public InProcessCalls(Provider<Map<String, ServiceHandler>> handlers, Clock clock) {
        this.handlers = handlers;
        this.clock = clock;
    }

    @Override
    public boolean running(String service) {
        return handlers.get().containsKey(service);
    }

    @Override
    public CompletionStage<ServiceResponse> call(String service, ServiceRequest request, RequestContext caller) {
        ServiceHandler handler = handlers.get().get(service);
        if (handler == null) {
            throw new IllegalArgumentException("The service " + service + " does not run in this server.");
        }
        RequestContext context = new RequestContext(UUID.randomUUID().toString(), caller.accountId(), caller.region(),
                service, "", clock.instant(), caller.accessKey());
        try {
            return handler.handleAsync(request, context);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
