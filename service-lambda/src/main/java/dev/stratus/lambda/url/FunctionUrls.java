package dev.stratus.lambda.url;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionLocator;
import dev.stratus.lambda.function.Functions;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The function URLs of all accounts, by function (or alias) and by URL id: kept in {@link Storage}
 * ({@code lambda.function-urls}, keyed by the function's ARN) and read back at start, so a URL survives a restart
 * with its id.
 */
@Singleton
public class FunctionUrls {

    private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int ID_LENGTH = 32;

    private final Functions functions;
    private final Clock clock;
    private final KeyValueStore stored;
    private final ObjectMapper mapper;
    private final SecureRandom random = new SecureRandom();
    /** Guarded by itself: both maps change together. */
    private final Map<FunctionArn, FunctionUrlConfig> byFunction = new ConcurrentHashMap<>();
    private final Map<String, FunctionUrlConfig> byId = new ConcurrentHashMap<>();

    @Inject
    public FunctionUrls(Functions functions, Clock clock, Storage storage, ObjectMapper mapper) {
        this.functions = functions;
        this.clock = clock;
        this.stored = storage.namespace("lambda.function-urls");
        this.mapper = mapper;
        try (Stream<KeyValue> entries = stored.scan(KeyRange.all())) {
            entries.map(entry -> read(entry.value())).forEach(config -> {
                byFunction.put(config.function(), config);
                byId.put(config.urlId(), config);
            });
        }
    }

    public FunctionUrlConfig create(FunctionArn function, String authType, ObjectNode cors, String invokeMode) {
        functions.get(function);
        synchronized (byFunction) {
            if (byFunction.containsKey(function)) {
                throw LambdaErrors.conflict("Failed to create function url config for [functionArn = " + function
                        + "]. Error message:  FunctionUrlConfig exists for this Lambda function");
            }
            String now = Functions.timestamp(clock);
            FunctionUrlConfig config = new FunctionUrlConfig(function, newId(), authType, cors, invokeMode, now, now);
            keep(config);
            return config;
        }
    }

    public FunctionUrlConfig get(FunctionArn function) {
        functions.get(function);
        FunctionUrlConfig config = byFunction.get(function);
        if (config == null) {
            throw LambdaErrors.resourceNotFound();
        }
        return config;
    }

    /** Changes what is given ({@code null} keeps the current value). */
    public FunctionUrlConfig update(FunctionArn function, String authType, ObjectNode cors, String invokeMode) {
        synchronized (byFunction) {
            FunctionUrlConfig current = get(function);
            FunctionUrlConfig changed = current.changed(authType == null ? current.authType() : authType,
                    cors == null ? current.cors() : cors, invokeMode == null ? current.invokeMode() : invokeMode,
                    Functions.timestamp(clock));
            keep(changed);
            return changed;
        }
    }

    /** Forgets the URLs of a deleted function and of its aliases, so a new function of that name starts without. */
    public void forget(FunctionArn function) {
        synchronized (byFunction) {
            List<FunctionArn> gone = byFunction.keySet().stream()
                    .filter(arn -> arn.unqualified().equals(function.unqualified())).toList();
            gone.forEach(this::remove);
        }
    }

    public void delete(FunctionArn function) {
        synchronized (byFunction) {
            get(function);
            remove(function);
        }
    }

    /** The URLs of a function and of its aliases, the function's first. */
    public List<FunctionUrlConfig> list(FunctionArn function) {
        functions.function(function);
        FunctionArn unqualified = function.unqualified();
        return byFunction.values().stream()
                .filter(config -> config.function().unqualified().equals(unqualified))
                .sorted(Comparator.comparing(config -> config.function().toString()))
                .toList();
    }

    public Optional<FunctionUrlConfig> byUrlId(String urlId) {
        return Optional.ofNullable(byId.get(urlId));
    }

    /** Stores and indexes the config; the caller holds {@code byFunction}. */
    private void keep(FunctionUrlConfig config) {
        stored.put(key(config.function()), write(config));
        byFunction.put(config.function(), config);
        byId.put(config.urlId(), config);
    }

    /** Forgets the URL of the function or alias; the caller holds {@code byFunction}. */
    private void remove(FunctionArn function) {
        stored.delete(key(function));
        byId.remove(byFunction.remove(function).urlId());
    }

    private static byte[] key(FunctionArn function) {
        return function.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A config as stored, its function as an ARN. */
    private record StoredUrl(String function, String urlId, String authType, ObjectNode cors, String invokeMode,
                             String creationTime, String lastModified) {
    }

    private byte[] write(FunctionUrlConfig config) {
        try {
            return mapper.writeValueAsBytes(new StoredUrl(config.function().toString(), config.urlId(),
                    config.authType(), config.cors(), config.invokeMode(), config.creationTime(), config.lastModified()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FunctionUrlConfig read(byte[] bytes) {
        try {
            StoredUrl url = mapper.readValue(bytes, StoredUrl.class);
            return new FunctionUrlConfig(FunctionLocator.fromArn(url.function()), url.urlId(), url.authType(),
                    url.cors(), url.invokeMode(), url.creationTime(), url.lastModified());
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable function URL in storage", e);
        }
    }

    private String newId() {
        StringBuilder id = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
