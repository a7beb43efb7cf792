package dev.stratus.dynamodb.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.dynamodb.StoredRecords;
import dev.stratus.spi.storage.StoredJson;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The engine's records kept in storage as JSON, written and read by the platform's {@link StoredJson}. */
@Singleton
public final class JsonStoredRecords implements StoredRecords {

    private final StoredJson json;

    @Inject
    public JsonStoredRecords(ObjectMapper mapper) {
        this.json = new StoredJson(mapper.copy().registerModule(StoredKeySchemas.module()));
    }

    @Override
    public byte[] write(Object record) {
        return json.write(record);
    }

    @Override
    public <T> T read(byte[] bytes, Class<T> type) {
        return json.read(bytes, type);
    }
}
