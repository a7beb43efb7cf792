package dev.stratus.dynamodb.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.dynamodb.table.KeyElement;
import dev.stratus.dynamodb.table.KeySchema;
import dev.stratus.dynamodb.table.ScalarType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonStoredRecordsTest {

    private final JsonStoredRecords records = new JsonStoredRecords(new ObjectMapper());

    @Test
    void aMultiAttributeKeySchemaIsReadBackAsWritten() {
        KeySchema schema = new KeySchema(
                List.of(new KeyElement("tournament", ScalarType.S), new KeyElement("league", ScalarType.S)),
                List.of(new KeyElement("round", ScalarType.N), new KeyElement("bracket", ScalarType.B)));

        assertEquals(schema, records.read(records.write(schema), KeySchema.class));
    }

    @Test
    void aKeySchemaStoredWithHashAndRangeIsStillRead() {
        byte[] stored = ("{\"hash\": {\"name\": \"pk\", \"type\": \"S\"}, \"range\": {\"name\": \"sk\", \"type\": \"N\"}}")
                .getBytes(StandardCharsets.UTF_8);

        assertEquals(new KeySchema(new KeyElement("pk", ScalarType.S), new KeyElement("sk", ScalarType.N)),
                records.read(stored, KeySchema.class));
    }
}
