package dev.stratus.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.spi.ServiceResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed and mistaken requests are answered with a 400 and change nothing, never with a 500. */
class ClientMistakesTest {

    private static final DynamoDbEngine ENGINE = new DynamoDbEngine();

    @BeforeAll
    static void createTable() {
        ENGINE.call("CreateTable", """
                {"TableName": "Mistakes", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"},
                   {"AttributeName": "sk", "AttributeType": "N"}, {"AttributeName": "g", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
                 "GlobalSecondaryIndexes": [{"IndexName": "byG", "KeySchema": [{"AttributeName": "g", "KeyType": "HASH"}],
                   "Projection": {"ProjectionType": "KEYS_ONLY"}}]}""");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("PutItem", "{}"),
                Arguments.of("PutItem", "{\"TableName\": 5, \"Item\": {}}"),
                Arguments.of("PutItem", "{\"TableName\": \"Mistakes\", \"Item\": []}"),
                Arguments.of("PutItem", "{\"TableName\": \"Mistakes\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"sk\": {\"NULL\": true}}}"),
                Arguments.of("PutItem", "{\"TableName\": \"Mistakes\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"sk\": {\"N\": \"1\"}, \"\": {\"S\": \"x\"}}}"),
                Arguments.of("PutItem", "{\"TableName\": \"Mistakes\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"sk\": {\"N\": \"1\"}, \"s\": {\"SS\": []}}}"),
                Arguments.of("PutItem", "{\"TableName\": \"Mistakes\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"sk\": {\"N\": \"1\"}, \"g\": {\"S\": \"\"}}}"),
                Arguments.of("PutItem", "{\"TableName\": \"Mistakes\", \"ReturnValues\": \"ALL_NEW\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"sk\": {\"N\": \"1\"}}}"),
                Arguments.of("PutItem", "{\"TableName\": \"Mistakes\", \"ConditionExpression\": \"a = \", \"Item\": {\"pk\": {\"S\": \"a\"}, \"sk\": {\"N\": \"1\"}}}"),
                Arguments.of("PutItem", "{\"TableName\": \"Mistakes\", \"Expected\": {\"a\": {\"Exists\": false}}, \"ConditionExpression\": \"attribute_exists(pk)\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"sk\": {\"N\": \"1\"}}}"),
                Arguments.of("ExecuteStatement", "{\"Statement\": \"SELEC * FROM Mistakes\"}"),
                Arguments.of("ExecuteStatement", "{\"Statement\": \"SELECT * FROM \\\"Nope\\\"\"}"),
                Arguments.of("GetItem", "{\"TableName\": \"Mistakes\", \"Key\": {\"pk\": {\"S\": \"a\"}, \"sk\": {\"N\": \"1\"}, \"x\": {\"S\": \"\"}}}"),
                Arguments.of("GetItem", "{\"TableName\": \"Mistakes\", \"Key\": {\"pk\": {\"S\": \"a\"}, \"sk\": {\"S\": \"1\"}}}"),
                Arguments.of("GetItem", "{\"TableName\": \"Mistakes\", \"Key\": {\"pk\": {\"S\": \"a\"}, \"sk\": {\"N\": \"1\"}}, \"ProjectionExpression\": \"#x\"}"),
                Arguments.of("UpdateItem", "{\"TableName\": \"Mistakes\", \"Key\": {\"pk\": {\"S\": \"a\"}, \"sk\": {\"N\": \"1\"}}, \"UpdateExpression\": \"SET a = b + :one\", \"ExpressionAttributeValues\": {\":one\": {\"N\": \"1\"}}}"),
                Arguments.of("UpdateItem", "{\"TableName\": \"Mistakes\", \"Key\": {\"pk\": {\"S\": \"a\"}, \"sk\": {\"N\": \"1\"}}, \"UpdateExpression\": \"SET g = :n\", \"ExpressionAttributeValues\": {\":n\": {\"N\": \"1\"}}}"),
                Arguments.of("Query", "{\"TableName\": \"Mistakes\"}"),
                Arguments.of("Query", "{\"TableName\": \"Mistakes\", \"KeyConditionExpression\": \"pk = :p\", \"ExpressionAttributeValues\": {\":p\": {\"N\": \"1\"}}}"),
                Arguments.of("Query", "{\"TableName\": \"Mistakes\", \"KeyConditionExpression\": \"pk = :p AND begins_with(sk, :s)\", \"ExpressionAttributeValues\": {\":p\": {\"S\": \"a\"}, \":s\": {\"N\": \"1\"}}}"),
                Arguments.of("Query", "{\"TableName\": \"Mistakes\", \"IndexName\": \"nope\", \"KeyConditionExpression\": \"pk = :p\", \"ExpressionAttributeValues\": {\":p\": {\"S\": \"a\"}}}"),
                Arguments.of("Query", "{\"TableName\": \"Mistakes\", \"IndexName\": \"byG\", \"ConsistentRead\": true, \"KeyConditionExpression\": \"g = :p\", \"ExpressionAttributeValues\": {\":p\": {\"S\": \"a\"}}}"),
                Arguments.of("Query", "{\"TableName\": \"Mistakes\", \"KeyConditionExpression\": \"pk = :p\", \"ExpressionAttributeValues\": {\":p\": {\"S\": \"a\"}}, \"ExclusiveStartKey\": {\"pk\": {\"N\": \"1\"}}}"),
                Arguments.of("Query", "{\"TableName\": \"Mistakes\", \"KeyConditionExpression\": \"pk = :p\", \"ExpressionAttributeValues\": {\":p\": {\"S\": \"a\"}}, \"Limit\": 0}"),
                Arguments.of("Query", "{\"TableName\": \"Mistakes\", \"KeyConditionExpression\": \"pk = :p\", \"FilterExpression\": \"sk > :p\", \"ExpressionAttributeValues\": {\":p\": {\"S\": \"a\"}}}"),
                Arguments.of("Query", "{\"TableName\": \"Mistakes\", \"KeyConditionExpression\": \"pk = :p\", \"ExpressionAttributeValues\": {\":p\": {\"S\": \"a\"}}, \"Select\": \"SPECIFIC_ATTRIBUTES\"}"),
                Arguments.of("Scan", "{\"TableName\": \"Mistakes\", \"Segment\": 1}"),
                Arguments.of("Scan", "{\"TableName\": \"Mistakes\", \"TotalSegments\": 0, \"Segment\": 0}"),
                Arguments.of("Scan", "{\"TableName\": \"Mistakes\", \"Select\": \"EVERYTHING\"}"),
                Arguments.of("BatchWriteItem", "{\"RequestItems\": {}}"),
                Arguments.of("BatchWriteItem", "{\"RequestItems\": {\"Mistakes\": [{}]}}"),
                Arguments.of("BatchWriteItem", "{\"RequestItems\": {\"Mistakes\": \"x\"}}"),
                Arguments.of("BatchGetItem", "{\"RequestItems\": {\"Mistakes\": {\"Keys\": []}}}"),
                Arguments.of("BatchGetItem", "{\"RequestItems\": {\"Mistakes\": \"x\"}}"),
                Arguments.of("CreateTable", "{\"TableName\": \"Other\", \"BillingMode\": \"PAY_PER_REQUEST\", \"AttributeDefinitions\": [{\"AttributeName\": \"a\"}], \"KeySchema\": [{\"KeyType\": \"HASH\"}]}"),
                Arguments.of("CreateTable", "{\"TableName\": \"Other\", \"BillingMode\": \"PAY_PER_REQUEST\", \"AttributeDefinitions\": [{\"AttributeName\": \"a\", \"AttributeType\": \"S\"}], \"KeySchema\": [{\"AttributeName\": \"a\", \"KeyType\": \"HASH\"}], \"GlobalSecondaryIndexes\": [{\"IndexName\": \"gsi\", \"KeySchema\": [{\"AttributeName\": \"a\", \"KeyType\": \"HASH\"}]}]}"),
                Arguments.of("CreateTable", "{\"TableName\": \"Other\", \"BillingMode\": \"PAY_PER_REQUEST\", \"AttributeDefinitions\": [{\"AttributeName\": \"a\", \"AttributeType\": \"S\"}], \"KeySchema\": [{\"AttributeName\": \"a\", \"KeyType\": \"HASH\"}], \"StreamSpecification\": {}}"),
                Arguments.of("UpdateTable", "{\"TableName\": \"Mistakes\", \"GlobalSecondaryIndexUpdates\": [{}]}"),
                Arguments.of("UpdateTable", "{\"TableName\": \"Mistakes\", \"GlobalSecondaryIndexUpdates\": [{\"Delete\": {}}]}"),
                Arguments.of("UpdateTable", "{\"TableName\": \"Mistakes\", \"GlobalSecondaryIndexUpdates\": [{\"Create\": {\"IndexName\": \"x\"}}]}"),
                Arguments.of("UpdateTimeToLive", "{\"TableName\": \"Mistakes\", \"TimeToLiveSpecification\": {}}"),
                Arguments.of("TagResource", "{\"ResourceArn\": \"nope\", \"Tags\": []}"),
                Arguments.of("ListTables", "{\"Limit\": 101}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("mistakes")
    void mistakeIsAnsweredWithA400(String operation, String body) {
        ServiceResponse response = ENGINE.send(operation, body);

        assertEquals(400, response.status(), new String(response.body(), StandardCharsets.UTF_8));
    }
}
