package dev.stratus.dynamodb.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A Query's ExclusiveStartKey must lie within what its key condition selects, as AWS checks it. */
@ExtendWith(StratusExtension.class)
class ExclusiveStartKeyTest {

    private static final String OUTSIDE = "The provided starting key is outside query boundaries based on provided "
            + "conditions";

    @BeforeAll
    static void createTable(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName("Pages").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE)));
        for (int sk = 1; sk <= 5; sk++) {
            int value = sk;
            dynamo.putItem(b -> b.tableName("Pages").item(key("a", value)));
        }
    }

    private static Map<String, AttributeValue> key(String pk, int sk) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromN(Integer.toString(sk)));
    }

    private static QueryRequest.Builder query(String condition) {
        Map<String, AttributeValue> values = condition.contains(":low")
                ? Map.of(":p", AttributeValue.fromS("a"), ":low", AttributeValue.fromN("3"))
                : Map.of(":p", AttributeValue.fromS("a"));
        return QueryRequest.builder().tableName("Pages").keyConditionExpression(condition)
                .expressionAttributeValues(values);
    }

    private static String refusal(DynamoDbClient dynamo, QueryRequest request) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.query(request));
        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        return error.awsErrorDetails().errorMessage();
    }

    @Test
    void startKeyOfAnotherPartitionIsOutsideTheQuery(DynamoDbClient dynamo) {
        assertEquals(OUTSIDE, refusal(dynamo, query("pk = :p").exclusiveStartKey(key("b", 1)).build()));
    }

    @Test
    void startKeyOutsideTheSortKeyConditionIsOutsideTheQuery(DynamoDbClient dynamo) {
        assertEquals(OUTSIDE, refusal(dynamo, query("pk = :p AND sk >= :low").exclusiveStartKey(key("a", 2)).build()));
    }

    @Test
    void startKeyWithinTheConditionContinuesAfterIt(DynamoDbClient dynamo) {
        List<Map<String, AttributeValue>> items = dynamo.query(query("pk = :p AND sk >= :low")
                .exclusiveStartKey(key("a", 3)).build()).items();

        assertEquals(List.of(key("a", 4), key("a", 5)), items);
    }

    @Test
    void startKeyWithoutTheSortKeyIsInvalid(DynamoDbClient dynamo) {
        assertEquals("The provided starting key is invalid: The provided key element does not match the schema",
                refusal(dynamo, query("pk = :p").exclusiveStartKey(Map.of("pk", AttributeValue.fromS("a"))).build()));
    }
}
