package dev.stratus.dynamodb.enhanced;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.CreateTableEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.EnhancedGlobalSecondaryIndex;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.UpdateItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

@ExtendWith(StratusExtension.class)
class EnhancedClientTest {

    private static DynamoDbTable<Order> orders;

    @BeforeAll
    static void createTable(DynamoDbClient dynamo) {
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamo).build();
        orders = enhanced.table("EnhancedOrders", TableSchema.fromBean(Order.class));
        orders.createTable(CreateTableEnhancedRequest.builder()
                .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L))
                .globalSecondaryIndices(EnhancedGlobalSecondaryIndex.builder().indexName("byStatus")
                        .projection(p -> p.projectionType(ProjectionType.ALL))
                        .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)).build())
                .build());
        for (int number = 1; number <= 30; number++) {
            orders.putItem(Order.of(number % 3 == 0 ? "ann" : "ben", number, number % 2 == 0 ? "open" : "done",
                    number * 100L));
        }
    }

    @Test
    void getReturnsThePutBean() {
        Order order = orders.getItem(Key.builder().partitionValue("ann").sortValue(3).build());

        assertEquals(300L, order.getTotal());
        assertEquals("done", order.getStatus());
    }

    @Test
    void queryPagesThroughAPartitionInSortKeyOrder() {
        List<Page<Order>> pages = orders.query(r -> r
                .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue("ann"))).limit(4))
                .stream().toList();
        List<Integer> numbers = pages.stream().flatMap(page -> page.items().stream()).map(Order::getNumber).toList();

        assertEquals(List.of(3, 6, 9, 12, 15, 18, 21, 24, 27, 30), numbers);
        assertTrue(pages.size() >= 3);
    }

    @Test
    void scanPagesThroughEveryItem() {
        long count = orders.scan(r -> r.limit(7)).items().stream().count();

        assertEquals(30, count);
    }

    @Test
    void globalIndexQueryFindsByStatus() {
        long open = orders.index("byStatus")
                .query(r -> r.queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue("open"))))
                .stream().mapToLong(page -> page.items().size()).sum();

        assertEquals(15, open);
    }

    @Test
    void conditionalUpdateThatFailsThrowsConditionalCheckFailed() {
        Order change = Order.of("ben", 1, "open", 1L);

        assertThrows(ConditionalCheckFailedException.class, () -> orders.updateItem(
                UpdateItemEnhancedRequest.builder(Order.class).item(change)
                        .conditionExpression(Expression.builder().expression("#s = :expected")
                                .putExpressionName("#s", "status")
                                .putExpressionValue(":expected", AttributeValue.fromS("cancelled")).build())
                        .build()));
        assertEquals("done", orders.getItem(Key.builder().partitionValue("ben").sortValue(1).build()).getStatus());
    }
}
