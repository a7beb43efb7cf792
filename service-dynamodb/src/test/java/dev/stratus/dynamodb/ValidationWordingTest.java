package dev.stratus.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** What an SDK user reads when a request breaks the API model's constraints: AWS's aggregated wording and paths. */
@ExtendWith(StratusExtension.class)
class ValidationWordingTest {

    private static final String TABLE = "Wording";

    @BeforeAll
    static void createTable(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
    }

    private static Map<String, AttributeValue> key(int id) {
        return Map.of("id", AttributeValue.fromN(Integer.toString(id)));
    }

    private static List<Map<String, AttributeValue>> keys(int count) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int id = 0; id < count; id++) {
            keys.add(key(id));
        }
        return keys;
    }

    private static List<WriteRequest> puts(int count) {
        return keys(count).stream().map(key -> WriteRequest.builder().putRequest(p -> p.item(key)).build()).toList();
    }

    private static String refusal(Executable call) {
        DynamoDbException error = assertThrows(DynamoDbException.class, call);
        assertEquals(400, error.statusCode());
        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        return error.awsErrorDetails().errorMessage();
    }

    @Test
    void tooShortTableNameIsOneValidationError(DynamoDbClient dynamo) {
        assertEquals("1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 3", refusal(() -> dynamo.describeTable(b -> b.tableName("ab"))));
    }

    @Test
    void everyViolationIsListedInTheModelsOrder(DynamoDbClient dynamo) {
        assertEquals("3 validation errors detected: Value 'X' at 'attributeDefinitions.1.member.attributeType' failed "
                + "to satisfy constraint: Member must satisfy enum value set: [S, N, B]; Value 'a!' at 'tableName' failed "
                + "to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value 'a!' at "
                + "'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
                refusal(() -> dynamo.createTable(b -> b.tableName("a!").billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("id").attributeType("X"))
                        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)))));
    }

    @Test
    void createTableWithoutANameSaysTheNameMustNotBeNull(DynamoDbClient dynamo) {
        assertEquals("1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must "
                + "not be null", refusal(() -> dynamo.createTable(b -> b.billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)))));
    }

    @Test
    void createTableWithThreeKeyElementsShowsTheKeySchema(DynamoDbClient dynamo) {
        assertEquals("1 validation error detected: Value '[KeySchemaElement(attributeName=a, keyType=HASH), "
                + "KeySchemaElement(attributeName=b, keyType=RANGE), KeySchemaElement(attributeName=c, keyType=RANGE)]' "
                + "at 'keySchema' failed to satisfy constraint: Member must have length less than or equal to 2",
                refusal(() -> dynamo.createTable(b -> b.tableName("Three").billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("a").attributeType(ScalarAttributeType.S),
                                a -> a.attributeName("b").attributeType(ScalarAttributeType.S),
                                a -> a.attributeName("c").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("a").keyType(KeyType.HASH),
                                k -> k.attributeName("b").keyType(KeyType.RANGE),
                                k -> k.attributeName("c").keyType(KeyType.RANGE)))));
    }

    @Test
    void createTableWithOneAttributeTwiceInTheKeySchemaIsRefused(DynamoDbClient dynamo) {
        assertEquals("Both the Hash Key and the Range Key element in the KeySchema have the same name",
                refusal(() -> dynamo.createTable(b -> b.tableName("Twice").billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("a").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("a").keyType(KeyType.HASH),
                                k -> k.attributeName("a").keyType(KeyType.RANGE)))));
    }

    @Test
    void createTableWithAnUnknownAttributeTypeListsTheTypesAllowed(DynamoDbClient dynamo) {
        assertEquals("1 validation error detected: Value 'X' at 'attributeDefinitions.1.member.attributeType' failed "
                + "to satisfy constraint: Member must satisfy enum value set: [S, N, B]",
                refusal(() -> dynamo.createTable(b -> b.tableName("Typed").billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("a").attributeType("X"))
                        .keySchema(k -> k.attributeName("a").keyType(KeyType.HASH)))));
    }

    @Test
    void projectedAttributeNameOver255CharactersIsRefusedAtItsIndex(DynamoDbClient dynamo) {
        String longName = "p".repeat(256);

        assertEquals("1 validation error detected: Value '[short, " + longName + "]' at "
                + "'globalSecondaryIndexes.1.member.projection.nonKeyAttributes' failed to satisfy constraint: "
                + "Member must satisfy constraint: [Member must have length less than or equal to 255, "
                + "Member must have length greater than or equal to 1]",
                refusal(() -> dynamo.createTable(b -> b.tableName("Projected").billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("a").attributeType(ScalarAttributeType.S),
                                a -> a.attributeName("g").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("a").keyType(KeyType.HASH))
                        .globalSecondaryIndexes(g -> g.indexName("byG")
                                .keySchema(k -> k.attributeName("g").keyType(KeyType.HASH))
                                .projection(p -> p.projectionType(ProjectionType.INCLUDE)
                                        .nonKeyAttributes("short", longName))))));
    }

    @Test
    void indexViolationsNameTheIndexByItsPosition(DynamoDbClient dynamo) {
        assertEquals("1 validation error detected: Value '[]' at 'globalSecondaryIndexes.1.member.keySchema' failed "
                + "to satisfy constraint: Member must have length greater than or equal to 1",
                refusal(() -> dynamo.createTable(b -> b.tableName("Indexed").billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                        .globalSecondaryIndexes(g -> g.indexName("byNothing").keySchema(List.<KeySchemaElement>of())
                                .projection(p -> p.projectionType(ProjectionType.ALL))))));
    }

    @Test
    void emptyTransactionIsRefusedAtTransactItems(DynamoDbClient dynamo) {
        assertEquals("1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 1",
                refusal(() -> dynamo.transactWriteItems(b -> b.transactItems(List.of()))));
    }

    @Test
    void transactionOfMoreThan100ActionsIsRefusedAtTransactItems(DynamoDbClient dynamo) {
        List<TransactWriteItem> actions = keys(101).stream()
                .map(item -> TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(item)).build()).toList();

        String message = refusal(() -> dynamo.transactWriteItems(b -> b.transactItems(actions)));

        assertTrue(message.startsWith("1 validation error detected: Value '[TransactWriteItem(put=Put(item={id="), message);
        assertTrue(message.endsWith("' at 'transactItems' failed to satisfy constraint: Member must have length less "
                + "than or equal to 100"), message);
        assertFalse(dynamo.getItem(b -> b.tableName(TABLE).key(key(0))).hasItem());
    }

    @Test
    void emptyRequestItemsAreRefused(DynamoDbClient dynamo) {
        String expected = "1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 1";
        assertEquals(expected, refusal(() -> dynamo.batchWriteItem(b -> b.requestItems(Map.of()))));
        assertEquals(expected, refusal(() -> dynamo.batchGetItem(b -> b.requestItems(Map.of()))));
    }

    @Test
    void moreThan25WritesToOneTableBreakTheMapValueConstraint(DynamoDbClient dynamo) {
        String message = refusal(() -> dynamo.batchWriteItem(b -> b.requestItems(Map.of(TABLE, puts(26)))));

        assertTrue(message.startsWith("1 validation error detected: Value '{Wording=[WriteRequest(putRequest="), message);
        assertTrue(message.endsWith("]}' at 'requestItems' failed to satisfy constraint: Map value must satisfy "
                + "constraint: [Member must have length less than or equal to 25, Member must have length greater "
                + "than or equal to 1]"), message);
    }

    @Test
    void moreThan25WritesAcrossTablesAreTooManyItems(DynamoDbClient dynamo) {
        assertEquals("Too many items requested for the BatchWriteItem call", refusal(() -> dynamo.batchWriteItem(
                b -> b.requestItems(Map.of(TABLE, puts(13), "Other", puts(13))))));
    }

    @Test
    void moreThan100KeysAcrossTablesAreTooManyItems(DynamoDbClient dynamo) {
        KeysAndAttributes read = KeysAndAttributes.builder().keys(keys(51)).build();

        assertEquals("Too many items requested for the BatchGetItem call", refusal(() -> dynamo.batchGetItem(
                b -> b.requestItems(Map.of(TABLE, read, "Other", read)))));
    }

    @Test
    void moreThan100KeysForOneTableBreakTheKeysConstraint(DynamoDbClient dynamo) {
        String message = refusal(() -> dynamo.batchGetItem(b -> b.requestItems(Map.of(TABLE,
                KeysAndAttributes.builder().keys(keys(101)).build()))));

        assertTrue(message.endsWith("' at 'requestItems.Wording.member.keys' failed to satisfy constraint: Member must "
                + "have length less than or equal to 100"), message);
    }

    @Test
    void batchExecuteStatementWithoutStatementsIsRefused(DynamoDbClient dynamo) {
        assertEquals("1 validation error detected: Value '[]' at 'statements' failed to satisfy constraint: Member "
                + "must have length greater than or equal to 1",
                refusal(() -> dynamo.batchExecuteStatement(b -> b.statements(List.of()))));
    }

    @Test
    void tooLongTagKeyIsRefusedAtItsPosition(DynamoDbClient dynamo) {
        String arn = dynamo.describeTable(b -> b.tableName(TABLE)).table().tableArn();
        String longKey = "k".repeat(129);

        assertEquals("1 validation error detected: Value '" + longKey + "' at 'tags.2.member.key' failed to satisfy "
                + "constraint: Member must have length less than or equal to 128",
                refusal(() -> dynamo.tagResource(b -> b.resourceArn(arn)
                        .tags(t -> t.key("ok").value("v"), t -> t.key(longKey).value("v")))));
    }
}
