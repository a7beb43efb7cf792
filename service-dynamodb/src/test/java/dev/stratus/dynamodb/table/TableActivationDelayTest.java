package dev.stratus.dynamodb.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

class TableActivationDelayTest {

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder()
            .setting("dynamodb.table-activation-delay", "5s").withTestClock().build();

    @Test
    void tableIsCreatingUntilTheDelayHasPassed() {
        DynamoDbClient dynamo = stratus.client(DynamoDbClient.class);
        dynamo.createTable(TableLifecycleTest.onDemandTable("Slow").build());

        assertEquals(TableStatus.CREATING, dynamo.describeTable(b -> b.tableName("Slow")).table().tableStatus());
        assertThrows(ResourceNotFoundException.class, () -> dynamo.putItem(b -> b.tableName("Slow")
                .item(Map.of("pk", AttributeValue.fromS("early")))));

        stratus.clock().advance(Duration.ofSeconds(5));

        assertEquals(TableStatus.ACTIVE, dynamo.describeTable(b -> b.tableName("Slow")).table().tableStatus());
        dynamo.putItem(b -> b.tableName("Slow").item(Map.of("pk", AttributeValue.fromS("now"))));
    }
}
