package dev.stratus.lambda.function;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Functions, their versions, aliases and event invoke configs in {@link Storage}: {@code lambda.functions},
 * {@code lambda.versions}, {@code lambda.aliases} and {@code lambda.event-invoke-configs}, keyed by account, region
 * and function name; and the settings kept beside a function or one of its qualifiers (resource policy, code
 * signing, provisioned concurrency, ...) in {@code lambda.function-settings}, keyed by function, kind and qualifier.
 */
@Singleton
public class FunctionRepository {

    private static final char SEPARATOR = '\0';

    private final Storage storage;
    private final ObjectMapper mapper;
    private final KeyValueStore functions;
    private final KeyValueStore versions;
    private final KeyValueStore aliases;
    private final KeyValueStore settings;
    private final KeyValueStore eventInvokeConfigs;
    /** Guards every read-modify-write of functions, versions and aliases: changes are rare, so one lock will do. */
    private final ReentrantLock changes = new ReentrantLock();

    @Inject
    public FunctionRepository(Storage storage, ObjectMapper mapper) {
        this.storage = storage;
        this.mapper = mapper;
        this.functions = storage.namespace("lambda.functions");
        this.versions = storage.namespace("lambda.versions");
        this.aliases = storage.namespace("lambda.aliases");
        this.settings = storage.namespace("lambda.function-settings");
        this.eventInvokeConfigs = storage.namespace("lambda.event-invoke-configs");
    }

    /** Runs a read-modify-write of functions so that no other change interleaves. */
    public <T> T change(Supplier<T> work) {
        changes.lock();
        try {
            return work.get();
        } finally {
            changes.unlock();
        }
    }

    public Optional<FunctionRecord> function(FunctionArn arn) {
        return functions.get(functionKey(arn)).map(bytes -> read(bytes, FunctionRecord.class));
    }

    public Optional<FunctionVersion> version(FunctionArn arn, String version) {
        return versions.get(versionKey(arn, version)).map(bytes -> read(bytes, FunctionVersion.class));
    }

    /** {@code $LATEST} first, then the published versions in ascending order. */
    public List<FunctionVersion> versions(FunctionArn arn) {
        return scan(versions, KeyRange.prefix(childPrefix(arn)), FunctionVersion.class);
    }

    /** Every version of every function, in every account and region. */
    public List<FunctionVersion> allVersions() {
        return scan(versions, KeyRange.all(), FunctionVersion.class);
    }

    public Optional<Alias> alias(FunctionArn arn, String name) {
        return aliases.get(childKey(arn, name)).map(bytes -> read(bytes, Alias.class));
    }

    public List<Alias> aliases(FunctionArn arn) {
        return scan(aliases, KeyRange.prefix(childPrefix(arn)), Alias.class);
    }

    public Optional<EventInvokeConfig> eventInvokeConfig(FunctionArn arn, String qualifier) {
        return eventInvokeConfigs.get(childKey(arn, qualifier)).map(bytes -> read(bytes, EventInvokeConfig.class));
    }

    /** The function's event invoke configs, by qualifier. */
    public List<EventInvokeConfig> eventInvokeConfigs(FunctionArn arn) {
        return scan(eventInvokeConfigs, KeyRange.prefix(childPrefix(arn)), EventInvokeConfig.class);
    }

    public WriteBatch putEventInvokeConfig(WriteBatch batch, FunctionArn arn, EventInvokeConfig config) {
        return batch.put(eventInvokeConfigs, childKey(arn, config.qualifier()), write(config));
    }

    public WriteBatch deleteEventInvokeConfig(WriteBatch batch, FunctionArn arn, String qualifier) {
        return batch.delete(eventInvokeConfigs, childKey(arn, qualifier));
    }

    /** The functions of an account and region in name order. */
    public List<FunctionRecord> functions(String accountId, String region) {
        return scan(functions, KeyRange.prefix(bytes(accountId + SEPARATOR + region + SEPARATOR)), FunctionRecord.class);
    }

    public WriteBatch putFunction(WriteBatch batch, FunctionArn arn, FunctionRecord function) {
        return batch.put(functions, functionKey(arn), write(function));
    }

    public WriteBatch putVersion(WriteBatch batch, FunctionArn arn, FunctionVersion version) {
        return batch.put(versions, versionKey(arn, version.version()), write(version));
    }

    public WriteBatch deleteVersion(WriteBatch batch, FunctionArn arn, String version) {
        return batch.delete(versions, versionKey(arn, version));
    }

    public WriteBatch putAlias(WriteBatch batch, FunctionArn arn, Alias alias) {
        return batch.put(aliases, childKey(arn, alias.name()), write(alias));
    }

    public WriteBatch deleteAlias(WriteBatch batch, FunctionArn arn, String name) {
        return batch.delete(aliases, childKey(arn, name));
    }

    /**
     * The setting of a kind kept for the function or one of its qualifiers.
     *
     * @param qualifier the version or alias, or {@code ""} for the function as a whole
     */
    public <T> Optional<T> setting(FunctionArn function, String kind, String qualifier, Class<T> type) {
        return settings.get(settingKey(function, kind, qualifier)).map(bytes -> read(bytes, type));
    }

    /** Every setting of a kind kept for the function, in qualifier order. */
    public <T> List<T> settings(FunctionArn function, String kind, Class<T> type) {
        return scan(settings, KeyRange.prefix(childKey(function, kind + SEPARATOR)), type);
    }

    /** The versions and aliases (qualified ARNs) with a setting of the kind, in every account and region. */
    public List<FunctionArn> qualifiersWithSetting(String kind) {
        try (Stream<KeyValue> entries = settings.scan(KeyRange.all())) {
            return entries.map(entry -> new String(entry.key(), StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), -1))
                    .filter(parts -> parts.length == 5 && parts[3].equals(kind) && !parts[4].isEmpty())
                    .map(parts -> FunctionArn.of(parts[0], parts[1], parts[2]).qualified(parts[4]))
                    .toList();
        }
    }

    public WriteBatch putSetting(WriteBatch batch, FunctionArn function, String kind, String qualifier, Object value) {
        return batch.put(settings, settingKey(function, kind, qualifier), write(value));
    }

    public WriteBatch deleteSetting(WriteBatch batch, FunctionArn function, String kind, String qualifier) {
        return batch.delete(settings, settingKey(function, kind, qualifier));
    }

    /**
     * Adds the deletion of every setting and the event invoke config kept for one version or alias of the function
     * to the batch: they go with it.
     */
    public WriteBatch deleteSettingsOf(WriteBatch batch, FunctionArn function, String qualifier) {
        byte[] suffix = bytes(SEPARATOR + qualifier);
        try (Stream<KeyValue> entries = settings.scan(KeyRange.prefix(childPrefix(function)))) {
            entries.filter(entry -> endsWith(entry.key(), suffix)).forEach(entry -> batch.delete(settings, entry.key()));
        }
        return deleteEventInvokeConfig(batch, function, qualifier);
    }

    /** Adds the deletion of the function with all its versions, aliases, settings and event invoke configs to the batch. */
    public WriteBatch deleteFunction(WriteBatch batch, FunctionArn arn) {
        batch.delete(functions, functionKey(arn));
        for (KeyValueStore children : List.of(versions, aliases, settings, eventInvokeConfigs)) {
            try (Stream<KeyValue> entries = children.scan(KeyRange.prefix(childPrefix(arn)))) {
                entries.forEach(entry -> batch.delete(children, entry.key()));
            }
        }
        return batch;
    }

    public void commit(WriteBatch batch) {
        storage.commit(batch);
    }

    private <T> List<T> scan(KeyValueStore store, KeyRange range, Class<T> type) {
        try (Stream<KeyValue> entries = store.scan(range)) {
            return entries.map(entry -> read(entry.value(), type)).toList();
        }
    }

    private static byte[] functionKey(FunctionArn arn) {
        return bytes(arn.accountId() + SEPARATOR + arn.region() + SEPARATOR + arn.functionName());
    }

    private static byte[] childPrefix(FunctionArn arn) {
        return bytes(arn.accountId() + SEPARATOR + arn.region() + SEPARATOR + arn.functionName() + SEPARATOR);
    }

    private static byte[] childKey(FunctionArn arn, String child) {
        return bytes(arn.accountId() + SEPARATOR + arn.region() + SEPARATOR + arn.functionName() + SEPARATOR + child);
    }

    private static byte[] settingKey(FunctionArn function, String kind, String qualifier) {
        return childKey(function, kind + SEPARATOR + qualifier);
    }

    private static boolean endsWith(byte[] key, byte[] suffix) {
        return key.length >= suffix.length
                && Arrays.equals(key, key.length - suffix.length, key.length, suffix, 0, suffix.length);
    }

    /** Numbered versions are zero-padded so that they sort numerically, after {@code $LATEST}. */
    private static byte[] versionKey(FunctionArn arn, String version) {
        String sortable = FunctionArn.LATEST.equals(version) ? version : String.format("%019d", Long.parseLong(version));
        return childKey(arn, sortable);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private <T> T read(byte[] bytes, Class<T> type) {
        try {
            return mapper.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + type.getSimpleName() + " in storage", e);
        }
    }

    private byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
