package dev.stratus.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A table keyed on {@code id} with a global index {@code byKind}, and items of kind "letter" in it. */
public final class LetterTables {

    private LetterTables() {
    }

    /** Creates the table with items {@code ids}. */
    public static void create(DynamoDbClient dynamo, String name, String... ids) {
        dynamo.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("kind").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("byKind")
                        .keySchema(k -> k.attributeName("kind").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL))));
        for (String id : ids) {
            put(dynamo, name, id);
        }
    }

    public static void put(DynamoDbClient dynamo, String table, String id) {
        dynamo.putItem(b -> b.tableName(table).item(Map.of("id", AttributeValue.fromS(id),
                "kind", AttributeValue.fromS("letter"))));
    }

    /** How many items the index {@code byKind} finds. */
    public static int countByKind(DynamoDbClient dynamo, String table) {
        return dynamo.query(b -> b.tableName(table).indexName("byKind").keyConditionExpression("kind = :k")
                .expressionAttributeValues(Map.of(":k", AttributeValue.fromS("letter")))).count();
    }
}
