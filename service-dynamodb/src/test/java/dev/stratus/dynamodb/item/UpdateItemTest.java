package dev.stratus.dynamodb.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

@ExtendWith(StratusExtension.class)
class UpdateItemTest {

    @BeforeAll
    static void createTable(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName("Counters")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
    }

    static Map<String, AttributeValue> key(String id) {
        return Map.of("id", AttributeValue.fromS(id));
    }

    @Test
    void updateCreatesTheItemAndReturnsUpdatedNewValues(DynamoDbClient dynamo) {
        UpdateItemResponse response = dynamo.updateItem(b -> b.tableName("Counters").key(key("new"))
                .updateExpression("SET #n = :name ADD hits :one")
                .expressionAttributeNames(Map.of("#n", "name"))
                .expressionAttributeValues(Map.of(":name", AttributeValue.fromS("first"),
                        ":one", AttributeValue.fromN("1")))
                .returnValues(ReturnValue.UPDATED_NEW));

        assertEquals(Map.of("name", AttributeValue.fromS("first"), "hits", AttributeValue.fromN("1")),
                response.attributes());
    }

    @Test
    void addIncrementsANumber(DynamoDbClient dynamo) {
        for (int i = 0; i < 3; i++) {
            dynamo.updateItem(b -> b.tableName("Counters").key(key("count")).updateExpression("ADD hits :one")
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
        }

        assertEquals("3", dynamo.getItem(b -> b.tableName("Counters").key(key("count"))).item().get("hits").n());
    }

    @Test
    void failedConditionLeavesTheItemUnchangedAndCarriesIt(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName("Counters").item(Map.of("id", AttributeValue.fromS("guarded"),
                "state", AttributeValue.fromS("open"))));

        ConditionalCheckFailedException error = assertThrows(ConditionalCheckFailedException.class,
                () -> dynamo.updateItem(b -> b.tableName("Counters").key(key("guarded"))
                        .updateExpression("SET #s = :closed")
                        .conditionExpression("#s = :expected")
                        .expressionAttributeNames(Map.of("#s", "state"))
                        .expressionAttributeValues(Map.of(":closed", AttributeValue.fromS("closed"),
                                ":expected", AttributeValue.fromS("pending")))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));

        assertEquals("The conditional request failed", error.awsErrorDetails().errorMessage());
        assertEquals("open", error.item().get("state").s());
        assertEquals("open", dynamo.getItem(b -> b.tableName("Counters").key(key("guarded"))).item()
                .get("state").s());
    }

    @Test
    void putWithAttributeNotExistsRefusesAnExistingItem(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName("Counters").item(key("once")));

        assertThrows(ConditionalCheckFailedException.class, () -> dynamo.putItem(b -> b.tableName("Counters")
                .item(key("once")).conditionExpression("attribute_not_exists(id)")));
    }

    @Test
    void updatingAKeyAttributeIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.updateItem(b -> b
                .tableName("Counters").key(key("k")).updateExpression("SET id = :v")
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromS("other")))));

        assertEquals("One or more parameter values were invalid: Cannot update attribute id. This attribute is "
                + "part of the key", error.awsErrorDetails().errorMessage());
    }

    @Test
    void unusedExpressionValueIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.updateItem(b -> b
                .tableName("Counters").key(key("k")).updateExpression("SET a = :a")
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromS("x"), ":b", AttributeValue.fromS("y")))));

        assertEquals("Value provided in ExpressionAttributeValues unused in expressions: keys: {:b}",
                error.awsErrorDetails().errorMessage());
        assertFalse(dynamo.getItem(b -> b.tableName("Counters").key(key("k"))).hasItem());
    }

    @Test
    void reservedWordAsANameIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.updateItem(b -> b
                .tableName("Counters").key(key("k")).updateExpression("SET status = :s")
                .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("x")))));

        assertEquals("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void updateReturnsAllOldAndRemovesAttributes(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName("Counters").item(Map.of("id", AttributeValue.fromS("rm"),
                "a", AttributeValue.fromS("1"), "b", AttributeValue.fromS("2"))));

        UpdateItemResponse response = dynamo.updateItem(b -> b.tableName("Counters").key(key("rm"))
                .updateExpression("REMOVE a").returnValues(ReturnValue.ALL_OLD));

        assertEquals("1", response.attributes().get("a").s());
        assertEquals(Map.of("id", AttributeValue.fromS("rm"), "b", AttributeValue.fromS("2")),
                dynamo.getItem(b -> b.tableName("Counters").key(key("rm"))).item());
    }

    @Test
    void removingFromAMissingItemCreatesNothingAndReturnsNothing(DynamoDbClient dynamo) {
        UpdateItemResponse allNew = dynamo.updateItem(b -> b.tableName("Counters").key(key("absent"))
                .updateExpression("REMOVE hits, tags.colour").returnValues(ReturnValue.ALL_NEW));
        UpdateItemResponse allOld = dynamo.updateItem(b -> b.tableName("Counters").key(key("absent"))
                .updateExpression("REMOVE hits").returnValues(ReturnValue.ALL_OLD));

        assertFalse(allNew.hasAttributes());
        assertFalse(allOld.hasAttributes());
        assertFalse(dynamo.getItem(b -> b.tableName("Counters").key(key("absent"))).hasItem());
    }

    @Test
    void deletingFromASetOfAMissingItemCreatesNothing(DynamoDbClient dynamo) {
        UpdateItemResponse response = dynamo.updateItem(b -> b.tableName("Counters").key(key("noSet"))
                .updateExpression("DELETE colours :red")
                .expressionAttributeValues(Map.of(":red", AttributeValue.fromSs(List.of("red"))))
                .returnValues(ReturnValue.UPDATED_NEW));

        assertFalse(response.hasAttributes());
        assertFalse(dynamo.getItem(b -> b.tableName("Counters").key(key("noSet"))).hasItem());
    }

    @Test
    void updateWithoutActionsStillCreatesTheKeyOnlyItem(DynamoDbClient dynamo) {
        UpdateItemResponse response = dynamo.updateItem(b -> b.tableName("Counters").key(key("bare"))
                .returnValues(ReturnValue.ALL_NEW));

        assertEquals(key("bare"), response.attributes());
    }

    @Test
    void allNewOfAnUpdateThatChangesNothingIsTheWholeItem(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName("Counters").item(Map.of("id", AttributeValue.fromS("same"),
                "hits", AttributeValue.fromN("3"))));

        UpdateItemResponse response = dynamo.updateItem(b -> b.tableName("Counters").key(key("same"))
                .updateExpression("SET hits = :three")
                .expressionAttributeValues(Map.of(":three", AttributeValue.fromN("3")))
                .returnValues(ReturnValue.ALL_NEW));

        assertEquals(Map.of("id", AttributeValue.fromS("same"), "hits", AttributeValue.fromN("3")), response.attributes());
    }
}
