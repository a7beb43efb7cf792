package dev.stratus.dynamodb.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.dynamodb.DynamoDbEngine;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.expression.AttributeChange;
import dev.stratus.dynamodb.expression.AttributeTest;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.ExpressionTrees;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The item operations on typed requests, without HTTP or JSON. */
class ItemOperationsEngineTest {

    private static final RequestContext CONTEXT = new RequestContext("req-1", "123456789012", "us-east-1",
            "dynamodb", "PutItem", DynamoDbEngine.START, "123456789012");
    private static final Map<String, AttributeValue> KEY = Map.of("id", AttributeValue.s("a"));

    private final DynamoDbEngine engine = new DynamoDbEngine();
    private final ItemOperations items = engine.instance(ItemOperations.class);

    @BeforeEach
    void createTable() {
        engine.createTable("Things", "id");
    }

    @Test
    void putThenUpdateThenGetReturnsTheUpdatedItemAndItsCapacity() {
        items.putItem(new PutItemRequest("Things", Map.of("id", AttributeValue.s("a"), "n", AttributeValue.n("1")),
                Optional.empty(), WriteOptions.NONE), CONTEXT);

        WriteItemResult updated = items.updateItem(new UpdateItemRequest("Things", KEY,
                Optional.of(ExpressionTrees.update(List.of(
                        new AttributeChange("n", AttributeChange.Action.ADD, AttributeValue.n("2"))))),
                Optional.empty(), new WriteOptions(ReturnValues.UPDATED_NEW, CapacityMode.NONE, false, false)),
                CONTEXT);
        GetItemResult read = items.getItem(new GetItemRequest("Things", KEY, Optional.empty(), true,
                CapacityMode.TOTAL), CONTEXT);

        assertEquals(Map.of("n", AttributeValue.n("3")), updated.attributes());
        assertEquals(Map.of("id", AttributeValue.s("a"), "n", AttributeValue.n("3")), read.item());
        assertEquals(1.0, read.consumedCapacity().total());
        assertNull(read.consumedCapacity().table());
    }

    @Test
    void aFailedConditionLeavesTheItemUnchanged() {
        items.putItem(new PutItemRequest("Things", KEY, Optional.empty(), WriteOptions.NONE), CONTEXT);

        AwsServiceException failed = assertThrows(AwsServiceException.class, () -> items.deleteItem(
                new DeleteItemRequest("Things", KEY, Optional.of(ExpressionTrees.condition(ExpressionKind.CONDITION,
                        List.of(new AttributeTest("id", AttributeTest.Kind.NOT_EXISTS, List.of())), false)),
                        WriteOptions.NONE), CONTEXT));

        assertEquals("ConditionalCheckFailedException", failed.errorCode());
        assertEquals(KEY, items.getItem(new GetItemRequest("Things", KEY, Optional.empty(), false,
                CapacityMode.NONE), CONTEXT).item());
    }
}
