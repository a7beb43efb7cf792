package dev.stratus.lambda.layer;

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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Layer versions in {@link Storage}: {@code lambda.layers} keyed by account, region, layer name and version
 * (zero-padded, so versions sort numerically), and {@code lambda.layer-counters} with the last version number
 * each layer name was given, so that a number is never given twice.
 */
@Singleton
public class LayerRepository {

    private static final char SEPARATOR = '\0';

    private final Storage storage;
    private final ObjectMapper mapper;
    private final KeyValueStore versions;
    private final KeyValueStore counters;

    @Inject
    public LayerRepository(Storage storage, ObjectMapper mapper) {
        this.storage = storage;
        this.mapper = mapper;
        this.versions = storage.namespace("lambda.layers");
        this.counters = storage.namespace("lambda.layer-counters");
    }

    public Optional<LayerVersion> version(String accountId, String region, String layerName, long version) {
        return versions.get(versionKey(accountId, region, layerName, version)).map(this::read);
    }

    /** The versions of one layer, oldest first. */
    public List<LayerVersion> versions(String accountId, String region, String layerName) {
        return scan(bytes(accountId + SEPARATOR + region + SEPARATOR + layerName + SEPARATOR));
    }

    /** Every version of every layer of the account and region, by layer name, oldest first. */
    public List<LayerVersion> all(String accountId, String region) {
        return scan(bytes(accountId + SEPARATOR + region + SEPARATOR));
    }

    /** Every version of every layer, in every account and region. */
    public List<LayerVersion> allVersions() {
        return scan(KeyRange.all());
    }

    public long lastNumber(String accountId, String region, String layerName) {
        return counters.get(bytes(accountId + SEPARATOR + region + SEPARATOR + layerName))
                .map(value -> Long.parseLong(new String(value, StandardCharsets.UTF_8)))
                .orElse(0L);
    }

    /** Stores a newly published version and counts its number as given. */
    public void publish(String accountId, String region, LayerVersion version) {
        WriteBatch batch = new WriteBatch()
                .put(counters, bytes(accountId + SEPARATOR + region + SEPARATOR + version.layerName()),
                        bytes(Long.toString(version.version())));
        storage.commit(put(batch, accountId, region, version));
    }

    public void update(String accountId, String region, LayerVersion version) {
        storage.commit(put(new WriteBatch(), accountId, region, version));
    }

    public void delete(String accountId, String region, String layerName, long version) {
        storage.commit(new WriteBatch().delete(versions, versionKey(accountId, region, layerName, version)));
    }

    private WriteBatch put(WriteBatch batch, String accountId, String region, LayerVersion version) {
        try {
            return batch.put(versions, versionKey(accountId, region, version.layerName(), version.version()),
                    mapper.writeValueAsBytes(version));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<LayerVersion> scan(byte[] prefix) {
        return scan(KeyRange.prefix(prefix));
    }

    private List<LayerVersion> scan(KeyRange range) {
        try (Stream<KeyValue> entries = versions.scan(range)) {
            return entries.map(entry -> read(entry.value())).toList();
        }
    }

    private static byte[] versionKey(String accountId, String region, String layerName, long version) {
        return bytes(accountId + SEPARATOR + region + SEPARATOR + layerName + SEPARATOR + String.format("%019d", version));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private LayerVersion read(byte[] bytes) {
        try {
            return mapper.readValue(bytes, LayerVersion.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable layer version in storage", e);
        }
    }
}
