package dev.stratus.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import dev.stratus.spi.ConsoleEvents;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.StratusEndpoint;
import dev.stratus.spi.StratusSettings;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.time.ManualScheduler;
import dev.stratus.spi.time.Scheduler;
import dev.stratus.storage.memory.InMemoryStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * DynamoDB without HTTP: its Guice module on an in-memory platform, called through its handler. Extra modules
 * (a recording change listener) join the same injector.
 */
public final class DynamoDbEngine {

    public static final Instant START = Instant.parse("2026-01-02T03:04:05.678Z");

    private final ObjectMapper mapper = new ObjectMapper();
    private final Injector injector;
    private final ServiceHandler handler;

    public DynamoDbEngine(Module... extra) {
        this(Clock.fixed(START, ZoneOffset.UTC), extra);
    }

    /** The engine on {@code clock}, which a test may move; timed tasks run only when the test runs them. */
    public DynamoDbEngine(Clock clock, Module... extra) {
        Module platform = new AbstractModule() {
            @Override
            protected void configure() {
                bind(StratusSettings.class).toInstance(new StratusSettings() {
                    @Override
                    public Optional<String> get(String key) {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<Path> dataDir() {
                        return Optional.empty();
                    }

                    @Override
                    public Path workDir() {
                        return Path.of(System.getProperty("java.io.tmpdir"));
                    }
                });
                bind(StratusEndpoint.class).toInstance(new StratusEndpoint("127.0.0.1", 4566));
                bind(Clock.class).toInstance(clock);
                bind(Scheduler.class).toInstance(new ManualScheduler(clock));
                bind(Storage.class).toInstance(new InMemoryStorage());
                bind(ObjectMapper.class).toInstance(mapper);
                bind(ConsoleEvents.class).toInstance(ConsoleEvents.NONE);
            }
        };
        injector = Guice.createInjector(Modules.combine(platform, new DynamoDbModule(), Modules.combine(extra)));
        handler = injector.getInstance(DynamoDbHandler.class);
    }

    public <T> T instance(Class<T> type) {
        return injector.getInstance(type);
    }

    /** Creates an on-demand table keyed on the string attribute {@code hashKey}. */
    public void createTable(String name, String hashKey) {
        call("CreateTable", """
                {"TableName": "%s", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "%s", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "%s", "KeyType": "HASH"}]}""".formatted(name, hashKey, hashKey));
    }

    /** Creates an on-demand table keyed on the string attribute {@code hashKey} and {@code rangeKey} of {@code rangeType}. */
    public void createTable(String name, String hashKey, String rangeKey, String rangeType) {
        call("CreateTable", """
                {"TableName": "%s", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "%s", "AttributeType": "S"},
                                          {"AttributeName": "%s", "AttributeType": "%s"}],
                 "KeySchema": [{"AttributeName": "%s", "KeyType": "HASH"},
                               {"AttributeName": "%s", "KeyType": "RANGE"}]}"""
                .formatted(name, hashKey, rangeKey, rangeType, hashKey, rangeKey));
    }

    /** Calls {@code operation} with a JSON body; returns the response body, failing on an error response. */
    public JsonNode call(String operation, String json) {
        ServiceResponse response = send(operation, json);
        JsonNode body = parse(response.body());
        if (response.status() != 200) {
            throw new AssertionError(operation + " failed: " + body);
        }
        return body;
    }

    /** Calls {@code operation} and returns the raw response (errors included). */
    public ServiceResponse send(String operation, String json) {
        ServiceRequest request = new ServiceRequest("POST", "/", Map.of(),
                Map.of("x-amz-target", "DynamoDB_20120810." + operation),
                json.getBytes(StandardCharsets.UTF_8));
        RequestContext context = new RequestContext("req-1", "123456789012", "us-east-1", "dynamodb", "",
                START, "123456789012");
        return handler.handle(request, context);
    }

    public JsonNode parse(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
