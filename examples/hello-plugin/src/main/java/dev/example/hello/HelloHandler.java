package dev.example.hello;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.StratusSettings;
import dev.stratus.spi.protocol.AwsJsonHandler;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The Hello service: {@code SayHello {"Name": "x"}} answers a greeting and counts, per account, how often
 * each name was greeted; the count lives in the platform's {@link Storage}, so it persists like any service's.
 */
@Singleton
public final class HelloHandler implements ServiceHandler {

    static final String TARGET_PREFIX = "Hello_20240101";

    private final AwsJsonHandler protocol;
    private final KeyValueStore greetings;
    private final ObjectMapper mapper;
    private final String greeting;

    @Inject
    HelloHandler(ObjectMapper mapper, Storage storage, StratusSettings settings) {
        this.mapper = mapper;
        this.greetings = storage.namespace("hello.greetings");
        this.greeting = settings.getString(HelloPlugin.GREETING_SETTING);
        this.protocol = AwsJsonHandler.builder(mapper).protocol(Protocol.AWS_JSON_1_1).targetPrefix(TARGET_PREFIX)
                .errorNamespace("dev.example.hello").operation("SayHello", this::sayHello).build();
    }

    @Override
    public ServiceResponse handle(ServiceRequest request, RequestContext context) {
        return protocol.handle(request, context);
    }

    @Override
    public Optional<ServiceResponse> unexpectedFailure(RequestContext context) {
        return protocol.unexpectedFailure(context);
    }

    private synchronized JsonNode sayHello(JsonNode input, RequestContext context) {
        String name = input.path("Name").asText("");
        if (name.isBlank()) {
            throw new AwsServiceException("ValidationException", "Name must not be empty", 400);
        }
        byte[] key = (context.accountId() + "/" + name).getBytes(StandardCharsets.UTF_8);
        long count = greetings.get(key).map(bytes -> ByteBuffer.wrap(bytes).getLong()).orElse(0L) + 1;
        greetings.put(key, ByteBuffer.allocate(Long.BYTES).putLong(count).array());
        return mapper.createObjectNode().put("Greeting", greeting + ", " + name + "!").put("TimesGreeted", count);
    }
}
