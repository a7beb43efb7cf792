package dev.stratus.dynamodb.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.testkit.StratusExtension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A global index whose partition key is (tournament, league) and whose sort key is (round, bracket): DynamoDB's
 * multi-attribute keys, through the AWS SDK.
 */
@ExtendWith(StratusExtension.class)
class MultiAttributeIndexTest {

    private static final String TABLE = "Matches";

    @BeforeAll
    static void createTable(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("tournament").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("league").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("round").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("bracket").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("byRound")
                                .keySchema(hash("tournament"), hash("league"), range("round"), range("bracket"))
                                .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)),
                        g -> g.indexName("byTournament").keySchema(hash("tournament"), hash("league"))
                                .projection(p -> p.projectionType(ProjectionType.ALL))));
        put(dynamo, match("m1", "WINTER", "NA", 2, "UPPER"));
        put(dynamo, match("m2", "WINTER", "NA", 1, "LOWER"));
        put(dynamo, match("m3", "WINTER", "NA", 1, "UPPER"));
        put(dynamo, match("m4", "WINTER", "EU", 1, "UPPER"));
        Map<String, AttributeValue> withoutBracket = match("m5", "WINTER", "NA", 3, "x");
        withoutBracket.remove("bracket");
        put(dynamo, withoutBracket);
        put(dynamo, Map.of("id", s("m6"), "tournament", s("WINTER")));
    }

    private static KeySchemaElement hash(String attribute) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(KeyType.HASH).build();
    }

    private static KeySchemaElement range(String attribute) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(KeyType.RANGE).build();
    }

    /** Adds a global index on the table's league, round and bracket attributes. */
    private static void addIndex(DynamoDbClient dynamo, String name, KeySchemaElement... keySchema) {
        dynamo.updateTable(b -> b.tableName(TABLE)
                .attributeDefinitions(a -> a.attributeName("league").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("round").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("bracket").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName(name).keySchema(keySchema)
                        .projection(p -> p.projectionType(ProjectionType.ALL)))));
    }

    private static Map<String, AttributeValue> match(String id, String tournament, String league, int round,
                                                     String bracket) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("id", s(id));
        item.put("tournament", s(tournament));
        item.put("league", s(league));
        item.put("round", AttributeValue.fromN(Integer.toString(round)));
        item.put("bracket", s(bracket));
        item.put("venue", s("arena"));
        return item;
    }

    private static void put(DynamoDbClient dynamo, Map<String, AttributeValue> item) {
        dynamo.putItem(b -> b.tableName(TABLE).item(item));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static QueryRequest.Builder byRound(String keyCondition) {
        return QueryRequest.builder().tableName(TABLE).indexName("byRound").keyConditionExpression(keyCondition)
                .expressionAttributeValues(values(keyCondition));
    }

    private static Map<String, AttributeValue> values(String keyCondition) {
        Map<String, AttributeValue> all = Map.of(":t", s("WINTER"), ":l", s("NA"), ":r1",
                AttributeValue.fromN("1"), ":r2", AttributeValue.fromN("2"), ":b", s("M"), ":lo", s("LO"),
                ":spring", s("SPRING"));
        Map<String, AttributeValue> used = new HashMap<>();
        all.forEach((name, value) -> {
            if (keyCondition.matches(".*" + name + "\\b.*")) {
                used.put(name, value);
            }
        });
        return used;
    }

    private static List<String> ids(List<Map<String, AttributeValue>> items) {
        return items.stream().map(item -> item.get("id").s()).toList();
    }

    private static String refusal(DynamoDbClient dynamo, String keyCondition) {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> dynamo.query(byRound(keyCondition).build()));
        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertEquals(400, error.statusCode());
        return error.awsErrorDetails().errorMessage();
    }

    @Test
    void describeTableShowsTheIndexKeySchemaAsGiven(DynamoDbClient dynamo) {
        List<KeySchemaElement> keySchema = dynamo.describeTable(b -> b.tableName(TABLE)).table()
                .globalSecondaryIndexes().stream().filter(index -> index.indexName().equals("byRound"))
                .findFirst().orElseThrow().keySchema();

        assertEquals(List.of(hash("tournament"), hash("league"), range("round"), range("bracket")), keySchema);
    }

    @Test
    void queryOnEveryPartitionAttributeReturnsItemsOrderedBySortAttributesInTurn(DynamoDbClient dynamo) {
        QueryResponse forward = dynamo.query(byRound("tournament = :t AND league = :l").build());
        QueryResponse backward = dynamo.query(byRound("tournament = :t AND league = :l")
                .scanIndexForward(false).build());

        assertEquals(List.of("m2", "m3", "m1"), ids(forward.items()));
        assertEquals(List.of("m1", "m3", "m2"), ids(backward.items()));
    }

    @Test
    void queryWithEqualityOnTheFirstSortAttributeNarrowsByTheSecond(DynamoDbClient dynamo) {
        assertEquals(List.of("m3"), ids(dynamo.query(
                byRound("tournament = :t AND league = :l AND round = :r1 AND bracket > :b").build()).items()));
        assertEquals(List.of("m2"), ids(dynamo.query(
                byRound("tournament = :t AND league = :l AND round = :r1 AND begins_with(bracket, :lo)").build())
                .items()));
    }

    @Test
    void queryWithARangeOnTheFirstSortAttributeReadsEveryLaterOne(DynamoDbClient dynamo) {
        assertEquals(List.of("m1"), ids(dynamo.query(
                byRound("tournament = :t AND league = :l AND round >= :r2").build()).items()));
        assertEquals(List.of("m2", "m3", "m1"), ids(dynamo.query(
                byRound("tournament = :t AND league = :l AND round BETWEEN :r1 AND :r2").build()).items()));
    }

    @Test
    void anItemLackingAnIndexKeyAttributeIsLeftOutOfTheIndex(DynamoDbClient dynamo) {
        ScanResponse byRound = dynamo.scan(b -> b.tableName(TABLE).indexName("byRound"));
        ScanResponse byTournament = dynamo.scan(b -> b.tableName(TABLE).indexName("byTournament")
                .filterExpression("tournament = :t").expressionAttributeValues(Map.of(":t", s("WINTER"))));

        assertEquals(Set.of("m1", "m2", "m3", "m4"), Set.copyOf(ids(byRound.items().stream()
                .filter(item -> item.get("tournament").s().equals("WINTER")).toList())));
        assertEquals(Set.of("m1", "m2", "m3", "m4", "m5"), Set.copyOf(ids(byTournament.items())));
    }

    @Test
    void keysOnlyProjectionHoldsEveryIndexKeyAttributeAndTheTableKey(DynamoDbClient dynamo) {
        QueryResponse response = dynamo.query(byRound("tournament = :t AND league = :l").build());

        response.items().forEach(item -> assertEquals(Set.of("id", "tournament", "league", "round", "bracket"),
                item.keySet()));
    }

    @Test
    void pagesCarryEveryIndexKeyAttributeInTheLastEvaluatedKey(DynamoDbClient dynamo) {
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = dynamo.query(byRound("tournament = :t AND league = :l").limit(1)
                    .exclusiveStartKey(start).build());
            seen.addAll(ids(page.items()));
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
            if (start != null) {
                assertEquals(Set.of("id", "tournament", "league", "round", "bracket"), start.keySet());
            }
        } while (start != null);

        assertEquals(List.of("m2", "m3", "m1"), seen);
    }

    @Test
    void scanOfTheIndexPagesThroughEveryEntry(DynamoDbClient dynamo) {
        ScanResponse first = dynamo.scan(b -> b.tableName(TABLE).indexName("byRound").limit(2));
        ScanResponse rest = dynamo.scan(b -> b.tableName(TABLE).indexName("byRound")
                .exclusiveStartKey(first.lastEvaluatedKey()));

        assertEquals(Set.of("id", "tournament", "league", "round", "bracket"), first.lastEvaluatedKey().keySet());
        assertEquals(dynamo.scan(b -> b.tableName(TABLE).indexName("byRound")).count(),
                first.count() + rest.count());
    }

    @Test
    void queryWithoutEveryPartitionAttributeIsRefused(DynamoDbClient dynamo) {
        assertEquals("Query condition missed key schema element: league", refusal(dynamo, "tournament = :t"));
    }

    @Test
    void queryThatSkipsASortAttributeIsRefused(DynamoDbClient dynamo) {
        assertEquals("Query condition missed key schema element: round",
                refusal(dynamo, "tournament = :t AND league = :l AND bracket > :b"));
    }

    @Test
    void queryWithAConditionAfterARangeConditionIsRefused(DynamoDbClient dynamo) {
        assertEquals("Query key condition not supported",
                refusal(dynamo, "tournament = :t AND league = :l AND round > :r1 AND bracket = :b"));
    }

    @Test
    void queryWithAValueOfAnotherTypeThanTheSortAttributeIsRefused(DynamoDbClient dynamo) {
        assertEquals("One or more parameter values were invalid: Condition parameter type does not match schema type",
                refusal(dynamo, "tournament = :t AND league = :l AND round = :b"));
    }

    @Test
    void aSortAttributeOverTheSortKeySizeLimitIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> put(dynamo, match("big", "WINTER", "NA", 9, "b".repeat(1025))));

        assertEquals("One or more parameter values were invalid: Size limit exceeded for Index Key bracket Actual "
                + "Size: 1025 bytes Max Size: 1024 bytes IndexName: byRound", error.awsErrorDetails().errorMessage());
    }

    @Test
    void createTableWithFivePartitionAttributesInAnIndexIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.createTable(b -> b
                .tableName("TooWide").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(Stream.of("id", "a", "b", "c", "d", "e").map(name -> AttributeDefinition.builder()
                        .attributeName(name).attributeType(ScalarAttributeType.S).build()).toList())
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("wide")
                        .keySchema(hash("a"), hash("b"), hash("c"), hash("d"), hash("e"))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))));

        assertEquals(400, error.statusCode());
        assertEquals("Invalid KeySchema: The partition key of index: wide has 5 attributes, which exceeds the limit "
                + "of 4", error.awsErrorDetails().errorMessage());
    }

    @Test
    void anIndexWithMultiAttributeKeysCreatedLaterIsFilledFromExistingItems(DynamoDbClient dynamo) {
        addIndex(dynamo, "byLeague", hash("league"), range("round"), range("bracket"));

        QueryResponse response = dynamo.query(b -> b.tableName(TABLE).indexName("byLeague")
                .keyConditionExpression("league = :l AND round = :r1")
                .expressionAttributeValues(Map.of(":l", s("NA"), ":r1", AttributeValue.fromN("1"))));

        assertEquals(List.of("m2", "m3"), ids(response.items()));
    }

    @Test
    void updateItemTransactionsAndBatchWritesFeedTheIndex(DynamoDbClient dynamo) {
        dynamo.updateItem(b -> b.tableName(TABLE).key(Map.of("id", s("s1")))
                .updateExpression("SET tournament = :t, league = :l, round = :r, bracket = :b")
                .expressionAttributeValues(Map.of(":t", s("SPRING"), ":l", s("NA"), ":r", AttributeValue.fromN("1"),
                        ":b", s("UPPER"))));
        dynamo.transactWriteItems(b -> b.transactItems(t -> t.put(p -> p.tableName(TABLE)
                .item(match("s2", "SPRING", "NA", 2, "LOWER")))));
        dynamo.batchWriteItem(b -> b.requestItems(Map.of(TABLE, List.of(
                WriteRequest.builder().putRequest(p -> p.item(match("s3", "SPRING", "NA", 1, "LOWER"))).build()))));
        dynamo.updateItem(b -> b.tableName(TABLE).key(Map.of("id", s("s2"))).updateExpression("REMOVE bracket"));

        assertEquals(List.of("s3", "s1"), ids(dynamo.query(byRound("tournament = :spring AND league = :l").build())
                .items()));
    }

    @Test
    void partiqlSelectOnTheIndexQueriesItsKeyInOrder(DynamoDbClient dynamo) {
        List<Map<String, AttributeValue>> items = dynamo.executeStatement(b -> b.statement(
                "SELECT id FROM \"Matches\".\"byRound\" WHERE tournament = 'WINTER' AND league = 'NA' "
                        + "AND round = 1 ORDER BY round DESC")).items();

        assertEquals(List.of("m3", "m2"), ids(items));
    }

    @Test
    void updateTableCreatingAnIndexWithAPartitionAttributeAfterASortAttributeIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> addIndex(dynamo, "misordered", hash("league"), range("round"), hash("bracket")));

        assertEquals("Invalid KeySchema: A HASH key type KeySchemaElement cannot follow a RANGE key type "
                + "KeySchemaElement for index: misordered", error.awsErrorDetails().errorMessage());
    }

    @Test
    void parallelScanSegmentsOfTheIndexTogetherHoldEveryEntryOnce(DynamoDbClient dynamo) {
        List<String> seen = new ArrayList<>();
        for (int segment = 0; segment < 3; segment++) {
            int current = segment;
            seen.addAll(ids(dynamo.scan(b -> b.tableName(TABLE).indexName("byRound").segment(current)
                    .totalSegments(3)).items()));
        }

        assertEquals(Set.copyOf(ids(dynamo.scan(b -> b.tableName(TABLE).indexName("byRound")).items())),
                Set.copyOf(seen));
        assertEquals(Set.copyOf(seen).size(), seen.size());
    }

    @Test
    void legacyKeyConditionsOnEveryPartitionAttributeQueryTheIndex(DynamoDbClient dynamo) {
        QueryResponse response = dynamo.query(b -> b.tableName(TABLE).indexName("byRound").keyConditions(Map.of(
                "tournament", Condition.builder().comparisonOperator(ComparisonOperator.EQ)
                        .attributeValueList(s("WINTER")).build(),
                "league", Condition.builder().comparisonOperator(ComparisonOperator.EQ)
                        .attributeValueList(s("NA")).build())));

        assertEquals(List.of("m2", "m3", "m1"), ids(response.items()));
    }

    @Test
    void legacyKeyConditionsOnEveryKeyAttributeQueryTheIndex(DynamoDbClient dynamo) {
        QueryResponse response = dynamo.query(b -> b.tableName(TABLE).indexName("byRound").keyConditions(Map.of(
                "tournament", equalTo(s("WINTER")),
                "league", equalTo(s("NA")),
                "round", equalTo(AttributeValue.fromN("1")),
                "bracket", Condition.builder().comparisonOperator(ComparisonOperator.BEGINS_WITH)
                        .attributeValueList(s("UP")).build())));

        assertEquals(List.of("m3"), ids(response.items()));
    }

    private static Condition equalTo(AttributeValue value) {
        return Condition.builder().comparisonOperator(ComparisonOperator.EQ).attributeValueList(value).build();
    }
}
