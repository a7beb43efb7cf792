package dev.stratus.lambda.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.function.Functions;
import dev.stratus.lambda.tags.ResourceTags;
import dev.stratus.lambda.tags.TaggableResource;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Capacity providers of each account and region, in {@link Storage} namespace {@code lambda.capacity-providers};
 * they carry tags, addressed by their ARN.
 */
@Singleton
public class CapacityProviders implements TaggableResource {

    static final String NAME_PATTERN = "(arn:aws[a-zA-Z-]*:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:"
            + "capacity-provider:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+";
    private static final char SEPARATOR = '\0';

    private final Storage storage;
    private final KeyValueStore providers;
    private final ResourceTags tags;
    private final ObjectMapper mapper;
    private final Clock clock;
    /** Guards every read-modify-write of capacity providers. */
    private final Object changes = new Object();

    @Inject
    public CapacityProviders(Storage storage, ResourceTags tags, ObjectMapper mapper, Clock clock) {
        this.storage = storage;
        this.providers = storage.namespace("lambda.capacity-providers");
        this.tags = tags;
        this.mapper = mapper;
        this.clock = clock;
    }

    public CapacityProvider create(RequestContext context, CapacityProvider requested, Map<String, String> newTags) {
        String name = name(requested.name());
        require(requested.vpcConfig(), "vpcConfig");
        require(requested.permissionsConfig(), "permissionsConfig");
        ResourceTags.checkCount(newTags);
        CapacityProvider provider = new CapacityProvider(name, context.accountId(), context.region(),
                requested.vpcConfig(), requested.permissionsConfig(), requested.instanceRequirements(),
                requested.scalingConfig(), requested.kmsKeyArn(), Functions.timestamp(clock));
        synchronized (changes) {
            if (providers.get(key(context, name)).isPresent()) {
                throw LambdaErrors.conflict("Capacity provider " + name + " already exists.");
            }
            save(context, provider);
        }
        if (!newTags.isEmpty()) {
            tags.tag(provider.arn(), newTags);
        }
        return provider;
    }

    @Override
    public String arnType() {
        return "capacity-provider";
    }

    @Override
    public void requireExists(RequestContext context, String arn) {
        get(context, arn);
    }

    public CapacityProvider get(RequestContext context, String nameOrArn) {
        return providers.get(key(context, name(nameOrArn))).map(this::read)
                .orElseThrow(LambdaErrors::resourceNotFound);
    }

    public CapacityProvider updateScaling(RequestContext context, String nameOrArn, JsonNode scalingConfig) {
        synchronized (changes) {
            CapacityProvider current = get(context, nameOrArn);
            CapacityProvider updated = scalingConfig == null ? current
                    : current.withScaling(scalingConfig, Functions.timestamp(clock));
            save(context, updated);
            return updated;
        }
    }

    public CapacityProvider delete(RequestContext context, String nameOrArn) {
        synchronized (changes) {
            CapacityProvider provider = get(context, nameOrArn);
            storage.commit(new WriteBatch().delete(providers, key(context, provider.name())));
            tags.delete(provider.arn());
            return provider;
        }
    }

    /** The providers of the caller's account and region, in name order. */
    public List<CapacityProvider> list(RequestContext context) {
        try (Stream<KeyValue> entries = providers.scan(KeyRange.prefix(
                bytes(context.accountId() + SEPARATOR + context.region() + SEPARATOR)))) {
            return entries.map(entry -> read(entry.value())).toList();
        }
    }

    /** The name a CapacityProviderName member gives, by name or by ARN. */
    static String name(String nameOrArn) {
        if (nameOrArn == null) {
            throw LambdaErrors.validation("null", "capacityProviderName", "Member must not be null");
        }
        if (nameOrArn.length() > 140 || !nameOrArn.matches(NAME_PATTERN)) {
            throw LambdaErrors.validation("'" + nameOrArn + "'", "capacityProviderName",
                    "Member must satisfy regular expression pattern: " + NAME_PATTERN);
        }
        return nameOrArn.substring(nameOrArn.lastIndexOf(':') + 1);
    }

    private static void require(JsonNode member, String name) {
        if (member == null) {
            throw LambdaErrors.validation("null", name, "Member must not be null");
        }
    }

    private void save(RequestContext context, CapacityProvider provider) {
        try {
            storage.commit(new WriteBatch().put(providers, key(context, provider.name()), mapper.writeValueAsBytes(provider)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] key(RequestContext context, String name) {
        return bytes(context.accountId() + SEPARATOR + context.region() + SEPARATOR + name);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private CapacityProvider read(byte[] bytes) {
        try {
            return mapper.readValue(bytes, CapacityProvider.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable capacity provider in storage", e);
        }
    }
}
