package dev.stratus.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceBindings;
import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServicePlugin;
import dev.stratus.spi.protocol.AwsJsonHandler;
import java.util.List;
import java.util.Set;

/** A JSON 1.1 service for gateway tests: echoes the request context, or fails as asked. */
public final class EchoPlugin implements ServicePlugin {

    @Override
    public ServiceDescriptor descriptor() {
        return new ServiceDescriptor("echo", "echo", Protocol.AWS_JSON_1_1, List.of("Echo_20240101"), List.of(),
                Set.of(), List.of());
    }

    @Override
    public Module module() {
        return new AbstractModule() {
            @Override
            protected void configure() {
                ServiceBindings.handler(binder(), "echo", ServiceHandler.class);
            }

            @Provides
            @Singleton
            ServiceHandler handler(ObjectMapper mapper) {
                return AwsJsonHandler.builder(mapper).protocol(Protocol.AWS_JSON_1_1).targetPrefix("Echo_20240101")
                        .errorNamespace("com.example.echo").crc32(true)
                        .operation("Echo", (input, context) -> mapper.createObjectNode()
                                .put("account", context.accountId()).put("region", context.region())
                                .put("operation", context.operation()).set("input", input))
                        .operation("Fail", (input, context) -> {
                            throw new AwsServiceException("NotFoundException", "No such thing", 404);
                        })
                        .operation("Crash", (input, context) -> {
                            throw new IllegalStateException("a bug");
                        })
                        .build();
            }
        };
    }
}
