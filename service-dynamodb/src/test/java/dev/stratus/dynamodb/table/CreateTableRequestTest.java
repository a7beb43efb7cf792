package dev.stratus.dynamodb.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.dynamodb.protocol.table.TableRequests;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CreateTableRequestTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.089Z");
    private static final RequestContext CONTEXT = new RequestContext("r", "111122223333", "eu-west-1", "dynamodb",
            "CreateTable", NOW, "111122223333");

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static TableDefinition parse(String text) {
        return TableRequests.createTable(json(text)).definition(CONTEXT, 7, NOW);
    }

    static String refusal(String text) {
        AwsServiceException error = assertThrows(AwsServiceException.class, () -> parse(text));
        assertEquals("ValidationException", error.errorCode());
        return error.getMessage();
    }

    @Test
    void hashAndRangeTableWithIndexesIsDefined() {
        TableDefinition table = parse("""
                {"TableName": "Music", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "artist", "AttributeType": "S"},
                   {"AttributeName": "song", "AttributeType": "S"}, {"AttributeName": "year", "AttributeType": "N"}],
                 "KeySchema": [{"AttributeName": "artist", "KeyType": "HASH"}, {"AttributeName": "song", "KeyType": "RANGE"}],
                 "GlobalSecondaryIndexes": [{"IndexName": "byYear", "KeySchema": [{"AttributeName": "year", "KeyType": "HASH"}],
                   "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["album"]}}],
                 "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_IMAGE"}}""");

        assertEquals(new KeySchema(new KeyElement("artist", ScalarType.S), new KeyElement("song", ScalarType.S)),
                table.keySchema());
        assertEquals("arn:aws:dynamodb:eu-west-1:111122223333:table/Music", table.arn());
        assertEquals(ScalarType.N, table.index("byYear").orElseThrow().keySchema().hash().type());
        assertEquals("2026-03-04T05:06:07.089", table.stream().label());
        assertEquals(Throughput.ON_DEMAND, table.throughput());
    }

    @Test
    void hashKeyMissingFromDefinitionsIsRefused() {
        assertEquals("One or more parameter values were invalid: Some index key attributes are not defined in "
                + "AttributeDefinitions. Keys: [pk], AttributeDefinitions: [id]", refusal("""
                {"TableName": "Tbl", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}]}"""));
    }

    @Test
    void rangeKeyMissingFromDefinitionsIsRefused() {
        assertEquals("Invalid KeySchema: Some index key attribute have no definition", refusal("""
                {"TableName": "Tbl", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}]}"""));
    }

    @Test
    void unusedDefinitionWithIndexesNamesTheKeysUsed() {
        assertEquals("One or more parameter values were invalid: Some AttributeDefinitions are not used. "
                + "AttributeDefinitions: [id, g, extra], keys used: [id, g]", refusal("""
                {"TableName": "Tbl", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"},
                   {"AttributeName": "g", "AttributeType": "S"}, {"AttributeName": "extra", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                 "GlobalSecondaryIndexes": [{"IndexName": "gsi", "KeySchema": [{"AttributeName": "g", "KeyType": "HASH"}],
                   "Projection": {"ProjectionType": "ALL"}}]}"""));
    }

    @Test
    void rangeKeyFirstIsRefused() {
        assertEquals("Invalid KeySchema: The first KeySchemaElement is not a HASH key type", refusal("""
                {"TableName": "Tbl", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "RANGE"}]}"""));
    }

    @Test
    void onDemandTableWithThroughputIsRefused() {
        assertEquals("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits "
                + "can be specified when BillingMode is PAY_PER_REQUEST", refusal("""
                {"TableName": "Tbl", "BillingMode": "PAY_PER_REQUEST",
                 "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1},
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}]}"""));
    }

    @Test
    void localIndexNeedsTheTablesHashKey() {
        assertEquals("One or more parameter values were invalid: Index KeySchema does not have the same leading "
                + "hash key as table KeySchema for index: lsi. index hash key: other, table hash key: id", refusal("""
                {"TableName": "Tbl", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"},
                   {"AttributeName": "sk", "AttributeType": "S"}, {"AttributeName": "other", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
                 "LocalSecondaryIndexes": [{"IndexName": "lsi", "KeySchema": [{"AttributeName": "other", "KeyType": "HASH"},
                   {"AttributeName": "sk", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}]}"""));
    }

    @Test
    void enabledStreamNeedsAViewType() {
        assertEquals("One or more parameter values were invalid: Table is being created with a stream enabled, "
                + "UpdateViewType is required", refusal("""
                {"TableName": "Tbl", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                 "StreamSpecification": {"StreamEnabled": true}}"""));
    }
}
