package dev.stratus.dynamodb.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.dynamodb.LetterTables;
import dev.stratus.testkit.StratusExtension;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Query and Scan {@code Select} with and without a projection, on a table and on an index. */
@ExtendWith(StratusExtension.class)
class SelectCombinationsTest {

    private static final String ENVELOPE = "1 validation error detected: ";

    @BeforeAll
    static void createTable(DynamoDbClient dynamo) {
        LetterTables.create(dynamo, "Picks", ProjectionType.KEYS_ONLY);
        dynamo.putItem(b -> b.tableName("Picks").item(Map.of("id", s("a"), "kind", s("x"), "shade", s("o"))));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static QueryRequest.Builder queryA(QueryRequest.Builder builder) {
        return builder.tableName("Picks").keyConditionExpression("id = :p")
                .expressionAttributeValues(Map.of(":p", s("a")));
    }

    static void assertValidation(String message, Executable request) {
        DynamoDbException error = assertThrows(DynamoDbException.class, request);
        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertEquals(400, error.statusCode());
        assertEquals(message, error.awsErrorDetails().errorMessage());
    }

    @Test
    void queryCountWithProjectionExpressionIsRefusedInTheValidationEnvelope(DynamoDbClient dynamo) {
        assertValidation(ENVELOPE + "Cannot specify the ProjectionExpression when choosing to get only the Count",
                () -> dynamo.query(b -> queryA(b).select(Select.COUNT).projectionExpression("shade")));
    }

    @Test
    void scanAllAttributesWithProjectionExpressionIsRefusedWithoutTheEnvelope(DynamoDbClient dynamo) {
        assertValidation("Cannot specify the ProjectionExpression when choosing to get ALL_ATTRIBUTES",
                () -> dynamo.scan(b -> b.tableName("Picks").select(Select.ALL_ATTRIBUTES).projectionExpression("id")));
    }

    @Test
    void queryAllProjectedAttributesWithAttributesToGetIsRefused(DynamoDbClient dynamo) {
        assertValidation(ENVELOPE + "Cannot specify the AttributesToGet when choosing to get ALL_PROJECTED_ATTRIBUTES",
                () -> dynamo.query(b -> b.tableName("Picks").indexName("byKind")
                        .select(Select.ALL_PROJECTED_ATTRIBUTES).attributesToGet("kind")
                        .keyConditions(Map.of("kind", Condition.builder().comparisonOperator(ComparisonOperator.EQ)
                                .attributeValueList(s("x")).build()))));
    }

    @Test
    void scanCountWithAttributesToGetIsRefused(DynamoDbClient dynamo) {
        assertValidation("Cannot specify the AttributesToGet when choosing to get only the Count",
                () -> dynamo.scan(b -> b.tableName("Picks").select(Select.COUNT).attributesToGet("id")));
    }

    @Test
    void specificAttributesWithoutAProjectionIsRefused(DynamoDbClient dynamo) {
        String message = "Must specify the AttributesToGet or ProjectionExpression when choosing to get "
                + "SPECIFIC_ATTRIBUTES";
        assertValidation(ENVELOPE + message, () -> dynamo.query(b -> queryA(b).select(Select.SPECIFIC_ATTRIBUTES)));
        assertValidation(message, () -> dynamo.scan(b -> b.tableName("Picks").select(Select.SPECIFIC_ATTRIBUTES)));
    }

    @Test
    void allProjectedAttributesWithoutAnIndexIsRefused(DynamoDbClient dynamo) {
        String message = "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName";
        assertValidation(ENVELOPE + message,
                () -> dynamo.query(b -> queryA(b).select(Select.ALL_PROJECTED_ATTRIBUTES)));
        assertValidation(message,
                () -> dynamo.scan(b -> b.tableName("Picks").select(Select.ALL_PROJECTED_ATTRIBUTES)));
    }

    @Test
    void allAttributesFromAKeysOnlyGlobalIndexIsRefused(DynamoDbClient dynamo) {
        assertValidation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported "
                        + "for global secondary index byKind because its projection type is not ALL",
                () -> dynamo.scan(b -> b.tableName("Picks").indexName("byKind").select(Select.ALL_ATTRIBUTES)));
    }

    @Test
    void specificAttributesWithAttributesToGetReturnsThoseAttributes(DynamoDbClient dynamo) {
        QueryResponse response = dynamo.query(b -> b.tableName("Picks").select(Select.SPECIFIC_ATTRIBUTES)
                .attributesToGet("shade")
                .keyConditions(Map.of("id", Condition.builder().comparisonOperator(ComparisonOperator.EQ)
                        .attributeValueList(s("a")).build())));

        assertEquals(Map.of("shade", s("o")), response.items().get(0));
    }

    @Test
    void countOnAnIndexReturnsTheCountWithoutItems(DynamoDbClient dynamo) {
        ScanResponse response = dynamo.scan(b -> b.tableName("Picks").indexName("byKind").select(Select.COUNT));

        assertEquals(1, response.count());
        assertFalse(response.hasItems());
    }
}
