package dev.stratus.dynamodb.item;

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
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Legacy parameters and PartiQL reach the same item operations as expressions do. */
@ExtendWith(StratusExtension.class)
class LegacyAndPartiqlTest {

    @BeforeAll
    static void createTable(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName("Music")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("artist").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("song").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("artist").keyType(KeyType.HASH),
                        k -> k.attributeName("song").keyType(KeyType.RANGE)));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    @Test
    void legacyExpectedGuardsAPut(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName("Music").item(Map.of("artist", s("a"), "song", s("one"))));

        assertThrows(ConditionalCheckFailedException.class, () -> dynamo.putItem(b -> b.tableName("Music")
                .item(Map.of("artist", s("a"), "song", s("one")))
                .expected(Map.of("artist", ExpectedAttributeValue.builder().exists(false).build()))));
    }

    @Test
    void legacyKeyConditionsAndAttributesToGetQuery(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName("Music").item(Map.of("artist", s("b"), "song", s("x"), "year", s("1999"))));

        List<Map<String, AttributeValue>> items = dynamo.query(b -> b.tableName("Music")
                .keyConditions(Map.of("artist", Condition.builder().comparisonOperator(ComparisonOperator.EQ)
                        .attributeValueList(s("b")).build()))
                .attributesToGet("year")).items();

        assertEquals(List.of(Map.of("year", s("1999"))), items);
    }

    @Test
    void partiqlInsertThenSelect(DynamoDbClient dynamo) {
        dynamo.executeStatement(b -> b.statement("INSERT INTO \"Music\" VALUE {'artist': ?, 'song': ?, 'plays': 3}")
                .parameters(s("c"), s("hit")));

        List<Map<String, AttributeValue>> items = dynamo.executeStatement(b -> b
                .statement("SELECT plays FROM \"Music\" WHERE artist = ?").parameters(s("c"))).items();

        assertEquals(List.of(Map.of("plays", AttributeValue.fromN("3"))), items);
    }

    @Test
    void partiqlSelectOfNestedPathsReturnsThemInsideTheirParents(DynamoDbClient dynamo) {
        dynamo.executeStatement(b -> b.statement("INSERT INTO \"Music\" VALUE {'artist': ?, 'song': ?, "
                + "'info': {'dims': {'size': 4, 'depth': 2}, 'label': 'x'}, 'tags': ['a', 'b', 'c']}")
                .parameters(s("d"), s("deep")));

        List<Map<String, AttributeValue>> items = dynamo.executeStatement(b -> b
                .statement("SELECT info.dims.\"size\", tags[1] FROM \"Music\" WHERE artist = ?")
                .parameters(s("d"))).items();

        AttributeValue dims = AttributeValue.fromM(Map.of("size", AttributeValue.fromN("4")));
        assertEquals(List.of(Map.of("info", AttributeValue.fromM(Map.of("dims", dims)),
                "tags", AttributeValue.fromL(List.of(s("b"))))), items);
    }
}
