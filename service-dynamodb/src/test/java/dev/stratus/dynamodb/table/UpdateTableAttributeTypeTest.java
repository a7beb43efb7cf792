package dev.stratus.dynamodb.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

@ExtendWith(StratusExtension.class)
class UpdateTableAttributeTypeTest {

    private static AttributeDefinition definition(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    @Test
    void addingAnIndexWhileRedeclaringTheTableKeyWithAnotherTypeKeepsTheKeyType(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName("Typed").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(definition("id", ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));

        TableDescription updated = dynamo.updateTable(b -> b.tableName("Typed")
                .attributeDefinitions(definition("id", ScalarAttributeType.N), definition("kind", ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byKind")
                        .keySchema(k -> k.attributeName("kind").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL))))).tableDescription();
        dynamo.putItem(b -> b.tableName("Typed").item(Map.of("id", AttributeValue.fromS("still-a-string"),
                "kind", AttributeValue.fromS("letter"))));

        assertEquals(List.of(definition("id", ScalarAttributeType.S), definition("kind", ScalarAttributeType.S)),
                dynamo.describeTable(b -> b.tableName("Typed")).table().attributeDefinitions());
        assertEquals(List.of("byKind"), updated.globalSecondaryIndexes().stream()
                .map(GlobalSecondaryIndexDescription::indexName).toList());
        assertEquals(1, dynamo.scan(b -> b.tableName("Typed")).count());
    }
}
