package dev.stratus.dynamodb.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

@ExtendWith(StratusExtension.class)
class TableLifecycleTest {

    static CreateTableRequest.Builder onDemandTable(String name) {
        return CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                        .attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build());
    }

    /** An on-demand table with a global index {@code indexName} on the string attribute {@code attribute}. */
    static CreateTableRequest.Builder onDemandTableWithIndex(String name, String indexName, String attribute) {
        return onDemandTable(name)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName(attribute).attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexes(g -> g.indexName(indexName)
                        .keySchema(k -> k.attributeName(attribute).keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL)));
    }

    @Test
    void createdTableIsDescribedWithArnOfAccountAndRegion(DynamoDbClient dynamo) {
        dynamo.createTable(onDemandTable("Described").build());

        TableDescription table = dynamo.describeTable(b -> b.tableName("Described")).table();

        assertEquals(TableStatus.ACTIVE, table.tableStatus());
        assertTrue(table.tableArn().matches("arn:aws:dynamodb:us-east-1:\\d{12}:table/Described"), table.tableArn());
        assertEquals("pk", table.keySchema().get(0).attributeName());
        assertEquals(BillingMode.PAY_PER_REQUEST, table.billingModeSummary().billingMode());
        assertEquals(0L, table.itemCount());
    }

    @Test
    void creatingAnExistingTableIsRefused(DynamoDbClient dynamo) {
        dynamo.createTable(onDemandTable("Twice").build());

        ResourceInUseException error = assertThrows(ResourceInUseException.class,
                () -> dynamo.createTable(onDemandTable("Twice").build()));

        assertTrue(error.awsErrorDetails().errorMessage().equals("Table already exists: Twice"));
    }

    @Test
    void describingAMissingTableNamesIt(DynamoDbClient dynamo) {
        ResourceNotFoundException error = assertThrows(ResourceNotFoundException.class,
                () -> dynamo.describeTable(b -> b.tableName("Missing")));

        assertEquals("Requested resource not found: Table: Missing not found", error.awsErrorDetails().errorMessage());
    }

    @Test
    void badTableNameReportsEveryViolation(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> dynamo.createTable(onDemandTable("a!").build()));

        assertEquals(400, error.statusCode());
        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertEquals("2 validation errors detected: Value 'a!' at 'tableName' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value 'a!' at 'tableName' "
                + "failed to satisfy constraint: Member must have length greater than or equal to 3",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void unusedAttributeDefinitionIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.createTable(
                onDemandTable("Unused").attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("x").attributeType(ScalarAttributeType.N).build())
                        .build()));

        assertEquals("One or more parameter values were invalid: Number of attributes in KeySchema does not "
                + "exactly match number of attributes defined in AttributeDefinitions",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void provisionedTableNeedsThroughput(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.createTable(
                onDemandTable("NoThroughput").billingMode(BillingMode.PROVISIONED).build()));

        assertEquals("One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must "
                + "both be specified when BillingMode is PROVISIONED", error.awsErrorDetails().errorMessage());
    }

    @Test
    void listTablesPagesInNameOrder(DynamoDbClient dynamo) {
        for (String name : List.of("List-c", "List-a", "List-b")) {
            dynamo.createTable(onDemandTable(name).build());
        }

        ListTablesResponse first = dynamo.listTables(b -> b.exclusiveStartTableName("List-").limit(2));
        ListTablesResponse second = dynamo.listTables(b -> b.exclusiveStartTableName(first.lastEvaluatedTableName()));

        assertEquals(List.of("List-a", "List-b"), first.tableNames());
        assertEquals("List-c", second.tableNames().get(0));
    }

    @Test
    void deletedTableIsGone(DynamoDbClient dynamo) {
        dynamo.createTable(onDemandTable("Deleted").build());

        TableDescription deleted = dynamo.deleteTable(b -> b.tableName("Deleted")).tableDescription();

        assertEquals(TableStatus.DELETING, deleted.tableStatus());
        assertFalse(dynamo.listTables().tableNames().contains("Deleted"));
        assertThrows(ResourceNotFoundException.class, () -> dynamo.deleteTable(b -> b.tableName("Deleted")));
    }

    @Test
    void deletingATableDescribesItDeletingWithItsIndexes(DynamoDbClient dynamo) {
        dynamo.createTable(indexedTable("DeletedIndexed", "g", "l").build());

        TableDescription deleted = dynamo.deleteTable(b -> b.tableName("DeletedIndexed")).tableDescription();

        assertEquals(TableStatus.DELETING, deleted.tableStatus());
        assertEquals(List.of("byG"), deleted.globalSecondaryIndexes().stream()
                .map(GlobalSecondaryIndexDescription::indexName).toList());
        assertEquals(List.of("byL"), deleted.localSecondaryIndexes().stream()
                .map(LocalSecondaryIndexDescription::indexName).toList());
        assertEquals("l", deleted.localSecondaryIndexes().get(0).keySchema().get(1).attributeName());
    }

    @Test
    void moreThanOneHundredProjectedAttributesAcrossIndexesAreRefused(DynamoDbClient dynamo) {
        List<GlobalSecondaryIndex> globals = IntStream.range(0, 5).mapToObj(index -> GlobalSecondaryIndex.builder()
                .indexName("byG" + index).keySchema(k -> k.attributeName("g").keyType(KeyType.HASH))
                .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes(IntStream.range(0, 20)
                        .mapToObj(attribute -> "a" + index + "_" + attribute).toList())).build()).toList();

        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.createTable(
                indexedTable("Projecting", "g", "l").globalSecondaryIndexes(globals)
                        .localSecondaryIndexes(l -> l.indexName("byL").keySchema(k -> k.attributeName("pk")
                                .keyType(KeyType.HASH), k -> k.attributeName("l").keyType(KeyType.RANGE))
                                .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("one")))
                        .build()));

        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertEquals("One or more parameter values were invalid: The number of projected attributes in all indexes "
                + "exceeds the limit of 100, provided: 101", error.awsErrorDetails().errorMessage());
        assertFalse(dynamo.listTables().tableNames().contains("Projecting"));
    }

    /** A table keyed by pk and sk with a global index byG on {@code global} and a local index byL on {@code local}. */
    private static CreateTableRequest.Builder indexedTable(String name, String global, String local) {
        return onDemandTable(name)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName(global).attributeType(ScalarAttributeType.S),
                        a -> a.attributeName(local).attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName("byG").keySchema(k -> k.attributeName(global)
                        .keyType(KeyType.HASH)).projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                .localSecondaryIndexes(l -> l.indexName("byL").keySchema(k -> k.attributeName("pk")
                        .keyType(KeyType.HASH), k -> k.attributeName(local).keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)));
    }

    @Test
    void enablingAStreamGivesItALabelAndArn(DynamoDbClient dynamo) {
        dynamo.createTable(onDemandTable("Streamed").build());

        dynamo.updateTable(b -> b.tableName("Streamed")
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
        TableDescription table = dynamo.describeTable(b -> b.tableName("Streamed")).table();

        assertTrue(table.streamSpecification().streamEnabled());
        assertTrue(table.latestStreamLabel().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}"));
        assertEquals(table.tableArn() + "/stream/" + table.latestStreamLabel(), table.latestStreamArn());
    }

    @Test
    void enablingAnEnabledStreamIsRefused(DynamoDbClient dynamo) {
        dynamo.createTable(onDemandTable("StreamTwice")
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)).build());

        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.updateTable(b -> b
                .tableName("StreamTwice")
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE))));

        assertEquals("Table already has an enabled stream: TableName: StreamTwice",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void timeToLiveIsStored(DynamoDbClient dynamo) {
        dynamo.createTable(onDemandTable("Expiring").build());

        dynamo.updateTimeToLive(b -> b.tableName("Expiring")
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expires")));

        assertEquals("expires", dynamo.describeTimeToLive(b -> b.tableName("Expiring"))
                .timeToLiveDescription().attributeName());
    }

    @Test
    void tagsAreListedAndRemoved(DynamoDbClient dynamo) {
        String arn = dynamo.createTable(onDemandTable("Tagged").build()).tableDescription().tableArn();

        dynamo.tagResource(b -> b.resourceArn(arn).tags(t -> t.key("team").value("core"), t -> t.key("x").value("y")));
        dynamo.untagResource(b -> b.resourceArn(arn).tagKeys("x"));

        assertEquals(1, dynamo.listTagsOfResource(b -> b.resourceArn(arn)).tags().size());
    }

    @Test
    void describeTableCountsItems(DynamoDbClient dynamo) {
        dynamo.createTable(TableLifecycleTest.onDemandTable("Counted").build());
        dynamo.putItem(b -> b.tableName("Counted").item(Map.of("pk", AttributeValue.fromS("a"))));
        dynamo.putItem(b -> b.tableName("Counted").item(Map.of("pk", AttributeValue.fromS("b"),
                "v", AttributeValue.fromS("12345"))));
        dynamo.deleteItem(b -> b.tableName("Counted").key(Map.of("pk", AttributeValue.fromS("a"))));

        TableDescription table = dynamo.describeTable(b -> b.tableName("Counted")).table();

        assertEquals(1L, table.itemCount());
        assertEquals(9L, table.tableSizeBytes());
    }
}
