package dev.stratus.lambda.tags;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The tags of Lambda resources other than functions (event source mappings, code signing configs), in
 * {@link Storage} namespace {@code lambda.tags} keyed by the resource's ARN. Functions keep their tags in their
 * own record.
 */
@Singleton
public class ResourceTags {

    /** The most tags a resource may carry. */
    public static final int MAX_TAGS = 50;
    private static final TypeReference<TreeMap<String, String>> TAGS = new TypeReference<>() {
    };

    private final Storage storage;
    private final ObjectMapper mapper;
    private final KeyValueStore tags;
    /** Guards every read-modify-write of a resource's tags. */
    private final Object changes = new Object();

    @Inject
    public ResourceTags(Storage storage, ObjectMapper mapper) {
        this.storage = storage;
        this.mapper = mapper;
        this.tags = storage.namespace("lambda.tags");
    }

    public Map<String, String> list(String arn) {
        return tags.get(key(arn)).map(this::read).orElseGet(TreeMap::new);
    }

    public void tag(String arn, Map<String, String> newTags) {
        change(arn, current -> current.putAll(newTags));
    }

    public void untag(String arn, Collection<String> keys) {
        change(arn, current -> current.keySet().removeAll(keys));
    }

    /** Forgets the tags of a deleted resource. */
    public void delete(String arn) {
        synchronized (changes) {
            storage.commit(new WriteBatch().delete(tags, key(arn)));
        }
    }

    /** Refuses more tags than a resource may carry, as every taggable resource does. */
    public static void checkCount(Map<String, String> tags) {
        if (tags.size() > MAX_TAGS) {
            throw LambdaErrors.invalidParameter("Number of tags exceeds resource tag limit.");
        }
    }

    private void change(String arn, Consumer<Map<String, String>> edit) {
        synchronized (changes) {
            Map<String, String> current = list(arn);
            edit.accept(current);
            checkCount(current);
            WriteBatch batch = current.isEmpty() ? new WriteBatch().delete(tags, key(arn))
                    : new WriteBatch().put(tags, key(arn), write(current));
            storage.commit(batch);
        }
    }

    private static byte[] key(String arn) {
        return arn.getBytes(StandardCharsets.UTF_8);
    }

    private TreeMap<String, String> read(byte[] bytes) {
        try {
            return mapper.readValue(bytes, TAGS);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable tags in storage", e);
        }
    }

    private byte[] write(Map<String, String> value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
