package dev.stratus.dynamodb.table;

import static dev.stratus.dynamodb.table.CreateTableRequestTest.parse;
import static dev.stratus.dynamodb.table.CreateTableRequestTest.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MultiAttributeKeySchemaTest {

    /** A table keyed by {@code id} with one global index of the given key schema elements (name:HASH|RANGE). */
    private static String tableWithIndex(String... elements) {
        String definitions = IntStream.rangeClosed(1, 9)
                .mapToObj(i -> "{\"AttributeName\": \"a" + i + "\", \"AttributeType\": \"S\"}")
                .collect(Collectors.joining(", "));
        String keySchema = List.of(elements).stream()
                .map(element -> element.split(":"))
                .map(parts -> "{\"AttributeName\": \"" + parts[0] + "\", \"KeyType\": \"" + parts[1] + "\"}")
                .collect(Collectors.joining(", "));
        return "{\"TableName\": \"Matches\", \"BillingMode\": \"PAY_PER_REQUEST\","
                + " \"AttributeDefinitions\": [{\"AttributeName\": \"id\", \"AttributeType\": \"S\"}, " + definitions + "],"
                + " \"KeySchema\": [{\"AttributeName\": \"id\", \"KeyType\": \"HASH\"}],"
                + " \"GlobalSecondaryIndexes\": [{\"IndexName\": \"byRound\", \"KeySchema\": [" + keySchema + "],"
                + " \"Projection\": {\"ProjectionType\": \"ALL\"}}]}";
    }

    private static String withOnlyUsedDefinitions(String request, int used) {
        for (int i = used + 1; i <= 9; i++) {
            request = request.replace(", {\"AttributeName\": \"a" + i + "\", \"AttributeType\": \"S\"}", "");
        }
        return request;
    }

    private static KeyElement s(String name) {
        return new KeyElement(name, ScalarType.S);
    }

    @Test
    void aGlobalIndexKeepsFourPartitionAndFourSortKeyAttributesInOrder() {
        TableDefinition table = parse(withOnlyUsedDefinitions(tableWithIndex("a1:HASH", "a2:HASH", "a3:HASH",
                "a4:HASH", "a5:RANGE", "a6:RANGE", "a7:RANGE", "a8:RANGE"), 8));

        KeySchema key = table.index("byRound").orElseThrow().keySchema();
        assertEquals(List.of(s("a1"), s("a2"), s("a3"), s("a4")), key.partition());
        assertEquals(List.of(s("a5"), s("a6"), s("a7"), s("a8")), key.sort());
    }

    @Test
    void aGlobalIndexMayHaveSeveralPartitionKeyAttributesAndNoSortKey() {
        KeySchema key = parse(withOnlyUsedDefinitions(tableWithIndex("a1:HASH", "a2:HASH"), 2))
                .index("byRound").orElseThrow().keySchema();

        assertEquals(List.of(s("a1"), s("a2")), key.partition());
        assertEquals(List.of(), key.sort());
    }

    @Test
    void fivePartitionKeyAttributesAreRefused() {
        assertEquals("Invalid KeySchema: The partition key of index: byRound has 5 attributes, which exceeds the "
                + "limit of 4", refusal(withOnlyUsedDefinitions(
                        tableWithIndex("a1:HASH", "a2:HASH", "a3:HASH", "a4:HASH", "a5:HASH"), 5)));
    }

    @Test
    void fiveSortKeyAttributesAreRefused() {
        assertEquals("Invalid KeySchema: The sort key of index: byRound has 5 attributes, which exceeds the "
                + "limit of 4", refusal(withOnlyUsedDefinitions(
                        tableWithIndex("a1:HASH", "a2:RANGE", "a3:RANGE", "a4:RANGE", "a5:RANGE", "a6:RANGE"), 6)));
    }

    @Test
    void aPartitionKeyAttributeAfterASortKeyAttributeIsRefused() {
        assertEquals("Invalid KeySchema: A HASH key type KeySchemaElement cannot follow a RANGE key type "
                + "KeySchemaElement for index: byRound", refusal(withOnlyUsedDefinitions(
                        tableWithIndex("a1:HASH", "a2:RANGE", "a3:HASH"), 3)));
    }

    @Test
    void aSortKeyAttributeFirstIsRefused() {
        assertEquals("Invalid KeySchema: The first KeySchemaElement is not a HASH key type", refusal(
                withOnlyUsedDefinitions(tableWithIndex("a1:RANGE", "a2:HASH", "a3:HASH"), 3)));
    }

    @Test
    void theSameAttributeTwiceIsRefused() {
        assertEquals("Invalid KeySchema: An attribute appears more than once in the KeySchema of index: byRound",
                refusal(withOnlyUsedDefinitions(tableWithIndex("a1:HASH", "a2:HASH", "a1:RANGE"), 2)));
    }

    @Test
    void anAttributeMissingFromTheDefinitionsIsRefused() {
        assertEquals("One or more parameter values were invalid: Some index key attributes are not defined in "
                + "AttributeDefinitions. Keys: [a1, a2, b], AttributeDefinitions: [id, a1, a2]",
                refusal(withOnlyUsedDefinitions(tableWithIndex("a1:HASH", "a2:HASH", "b:RANGE"), 2)));
    }

    @Test
    void aTableKeyKeepsOneHashAndOneRangeAttribute() {
        assertEquals("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type", refusal("""
                {"TableName": "Tbl", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"},
                   {"AttributeName": "b", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "HASH"}]}"""));
    }

    @Test
    void aLocalIndexKeyKeepsOneHashAndOneRangeAttribute() {
        assertEquals("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type", refusal("""
                {"TableName": "Tbl", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"},
                   {"AttributeName": "b", "AttributeType": "S"}, {"AttributeName": "c", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}],
                 "LocalSecondaryIndexes": [{"IndexName": "byC", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"},
                   {"AttributeName": "c", "KeyType": "HASH"}], "Projection": {"ProjectionType": "ALL"}}]}"""));
    }
}
