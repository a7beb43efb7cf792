package dev.stratus.lambda.url;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.Functions;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The function URLs of all accounts, by function (or alias) and by URL id. Kept in memory. */
@Singleton
public class FunctionUrls {

    private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int ID_LENGTH = 32;

    private final Functions functions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Guarded by itself: both maps change together. */
    private final Map<FunctionArn, FunctionUrlConfig> byFunction = new ConcurrentHashMap<>();
    private final Map<String, FunctionUrlConfig> byId = new ConcurrentHashMap<>();

    @Inject
    public FunctionUrls(Functions functions, Clock clock) {
        this.functions = functions;
        this.clock = clock;
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
            byFunction.put(function, config);
            byId.put(config.urlId(), config);
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
            byFunction.put(function, changed);
            byId.put(changed.urlId(), changed);
            return changed;
        }
    }

    /** Forgets the URLs of a deleted function and of its aliases, so a new function of that name starts without. */
    public void forget(FunctionArn function) {
        synchronized (byFunction) {
            List<FunctionArn> gone = byFunction.keySet().stream()
                    .filter(arn -> arn.unqualified().equals(function.unqualified())).toList();
            gone.forEach(arn -> byId.remove(byFunction.remove(arn).urlId()));
        }
    }

    public void delete(FunctionArn function) {
        synchronized (byFunction) {
            FunctionUrlConfig removed = get(function);
            byFunction.remove(function);
            byId.remove(removed.urlId());
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

    private String newId() {
        StringBuilder id = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
