package dev.stratus.dynamodb.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.DynamoDbEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every range key operator reads exactly its range of one partition, in order. */
class RangeKeyConditionTest {

    private static final DynamoDbEngine ENGINE = new DynamoDbEngine();

    @BeforeAll
    static void fillAPartitionAndItsNeighbours() {
        ENGINE.call("CreateTable", """
                {"TableName": "Ranges", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "p", "AttributeType": "N"},
                   {"AttributeName": "r", "AttributeType": "N"}],
                 "KeySchema": [{"AttributeName": "p", "KeyType": "HASH"}, {"AttributeName": "r", "KeyType": "RANGE"}]}""");
        for (String p : List.of("0", "1", "10")) {
            for (String r : List.of("-100", "-1.5", "-1", "0", "0.25", "1", "2", "10", "1E20")) {
                ENGINE.call("PutItem", "{\"TableName\": \"Ranges\", \"Item\": {\"p\": {\"N\": \"" + p
                        + "\"}, \"r\": {\"N\": \"" + r + "\"}}}");
            }
        }
    }

    private static List<String> query(String condition, String value, String upper) {
        String values = "\":p\": {\"N\": \"1\"}, \":v\": {\"N\": \"" + value + "\"}"
                + (upper == null ? "" : ", \":u\": {\"N\": \"" + upper + "\"}");
        JsonNode response = ENGINE.call("Query", "{\"TableName\": \"Ranges\", \"KeyConditionExpression\": \"p = :p AND "
                + condition + "\", \"ExpressionAttributeValues\": {" + values + "}}");
        List<String> ranges = new ArrayList<>();
        response.get("Items").forEach(item -> ranges.add(item.get("r").get("N").asText()));
        return ranges;
    }

    @Test
    void lessThan() {
        assertEquals(List.of("-100", "-1.5"), query("r < :v", "-1", null));
    }

    @Test
    void lessThanOrEqual() {
        assertEquals(List.of("-100", "-1.5", "-1"), query("r <= :v", "-1", null));
    }

    @Test
    void greaterThan() {
        assertEquals(List.of("2", "10", "100000000000000000000"), query("r > :v", "1", null));
    }

    @Test
    void greaterThanOrEqual() {
        assertEquals(List.of("1", "2", "10", "100000000000000000000"), query("r >= :v", "1.0", null));
    }

    @Test
    void equal() {
        assertEquals(List.of("0.25"), query("r = :v", "0.250", null));
    }

    @Test
    void between() {
        assertEquals(List.of("-1", "0", "0.25", "1"), query("r BETWEEN :v AND :u", "-1", "1"));
    }
}
