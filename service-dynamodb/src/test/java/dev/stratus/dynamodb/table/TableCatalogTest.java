package dev.stratus.dynamodb.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.dynamodb.protocol.JsonStoredRecords;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import dev.stratus.storage.memory.InMemoryStorage;
import org.junit.jupiter.api.Test;

class TableCatalogTest {

    private final Storage storage = new InMemoryStorage();
    private final JsonStoredRecords records = new JsonStoredRecords(new ObjectMapper());

    @Test
    void definitionsAreRestoredFromStorage() {
        TableCatalog catalog = new TableCatalog(storage, records);
        WriteBatch batch = new WriteBatch();
        TableDefinition definition = CreateTableRequestTest.parse("""
                {"TableName": "Kept", "ProvisionedThroughput": {"ReadCapacityUnits": 2, "WriteCapacityUnits": 3},
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "B"},
                   {"AttributeName": "at", "AttributeType": "N"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}, {"AttributeName": "at", "KeyType": "RANGE"}],
                 "LocalSecondaryIndexes": [{"IndexName": "lsi", "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"},
                   {"AttributeName": "at", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}],
                 "Tags": [{"Key": "team", "Value": "core"}]}""").withId(catalog.allocateId(batch));
        catalog.register(definition, batch);
        storage.commit(batch);

        TableCatalog restored = new TableCatalog(storage, records);

        assertEquals(definition, restored.find("111122223333", "eu-west-1", "Kept").orElseThrow().definition());
        assertTrue(restored.find("111122223333", "us-east-1", "Kept").isEmpty());
        assertEquals(definition.id() + 1, restored.allocateId(new WriteBatch()));
    }
}
