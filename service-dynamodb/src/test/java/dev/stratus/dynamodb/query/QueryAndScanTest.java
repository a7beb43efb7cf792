package dev.stratus.dynamodb.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

@ExtendWith(StratusExtension.class)
class QueryAndScanTest {

    @BeforeAll
    static void createTable(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName("Readings")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("sensor").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("at").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("sensor").keyType(KeyType.HASH),
                        k -> k.attributeName("at").keyType(KeyType.RANGE)));
        for (int at : new int[] {-5, 10, 2, 100, 7, 1}) {
            dynamo.putItem(b -> b.tableName("Readings").item(Map.of("sensor", s("a"), "at", n(at),
                    "value", n(at * 10))));
        }
        dynamo.putItem(b -> b.tableName("Readings").item(Map.of("sensor", s("b"), "at", n(3))));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }

    static List<String> ats(List<Map<String, AttributeValue>> items) {
        return items.stream().map(item -> item.get("at").n()).toList();
    }

    static QueryRequest.Builder sensorA() {
        return QueryRequest.builder().tableName("Readings").keyConditionExpression("sensor = :s")
                .expressionAttributeValues(Map.of(":s", s("a")));
    }

    @Test
    void queryReturnsThePartitionInNumericRangeKeyOrder(DynamoDbClient dynamo) {
        QueryResponse response = dynamo.query(sensorA().build());

        assertEquals(List.of("-5", "1", "2", "7", "10", "100"), ats(response.items()));
        assertEquals(6, response.count());
        assertTrue(response.lastEvaluatedKey().isEmpty());
    }

    @Test
    void queryBackwardsWithARangeCondition(DynamoDbClient dynamo) {
        QueryResponse response = dynamo.query(QueryRequest.builder().tableName("Readings")
                .keyConditionExpression("sensor = :s AND #at BETWEEN :low AND :high")
                .expressionAttributeNames(Map.of("#at", "at"))
                .expressionAttributeValues(Map.of(":s", s("a"), ":low", n(1), ":high", n(10)))
                .scanIndexForward(false).build());

        assertEquals(List.of("10", "7", "2", "1"), ats(response.items()));
    }

    @Test
    void queryPagesWithLimitAndExclusiveStartKey(DynamoDbClient dynamo) {
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            QueryResponse page = dynamo.query(sensorA().limit(4).exclusiveStartKey(start).build());
            seen.addAll(ats(page.items()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            pages++;
        } while (start != null);

        assertEquals(List.of("-5", "1", "2", "7", "10", "100"), seen);
        assertEquals(2, pages);
    }

    @Test
    void pageCutExactlyAtTheEndStillNamesWhereItStopped(DynamoDbClient dynamo) {
        QueryResponse full = dynamo.query(sensorA().limit(6).build());
        QueryResponse after = dynamo.query(sensorA().limit(6).exclusiveStartKey(full.lastEvaluatedKey()).build());

        assertEquals(Map.of("sensor", s("a"), "at", n(100)), full.lastEvaluatedKey());
        assertEquals(0, after.count());
        assertTrue(after.lastEvaluatedKey().isEmpty());
    }

    @Test
    void queryBackwardsPagesFromTheEnd(DynamoDbClient dynamo) {
        QueryResponse first = dynamo.query(sensorA().scanIndexForward(false).limit(4).build());
        QueryResponse second = dynamo.query(sensorA().scanIndexForward(false).limit(4)
                .exclusiveStartKey(first.lastEvaluatedKey()).build());

        assertEquals(List.of("100", "10", "7", "2"), ats(first.items()));
        assertEquals(List.of("1", "-5"), ats(second.items()));
    }

    @Test
    void beginsWithSelectsAStringPrefix(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName("Paths").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("root").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("path").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("root").keyType(KeyType.HASH),
                        k -> k.attributeName("path").keyType(KeyType.RANGE)));
        for (String path : List.of("a/b", "a", "a/c/d", "ab", "b/a")) {
            dynamo.putItem(b -> b.tableName("Paths").item(Map.of("root", s("r"), "path", s(path))));
        }

        QueryResponse response = dynamo.query(b -> b.tableName("Paths")
                .keyConditionExpression("root = :r AND begins_with(#p, :prefix)")
                .expressionAttributeNames(Map.of("#p", "path"))
                .expressionAttributeValues(Map.of(":r", s("r"), ":prefix", s("a/"))));

        assertEquals(List.of("a/b", "a/c/d"), response.items().stream().map(item -> item.get("path").s()).toList());
    }

    @Test
    void filterCountsScannedItemsAndProjectionSelectsAttributes(DynamoDbClient dynamo) {
        QueryResponse response = dynamo.query(sensorA().filterExpression("#v > :min")
                .projectionExpression("#v")
                .expressionAttributeNames(Map.of("#v", "value"))
                .expressionAttributeValues(Map.of(":s", s("a"), ":min", n(50))).build());

        assertEquals(3, response.count());
        assertEquals(6, response.scannedCount());
        assertEquals(List.of(Map.of("value", n(70)), Map.of("value", n(100)), Map.of("value", n(1000))),
                response.items());
    }

    @Test
    void countSelectReturnsNoItems(DynamoDbClient dynamo) {
        QueryResponse response = dynamo.query(sensorA().select(Select.COUNT)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());

        assertEquals(6, response.count());
        assertTrue(response.items().isEmpty());
        assertEquals(0.5, response.consumedCapacity().capacityUnits());
    }

    @Test
    void keyConditionOnANonKeyAttributeIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.query(b -> b
                .tableName("Readings").keyConditionExpression("#v = :v")
                .expressionAttributeNames(Map.of("#v", "value"))
                .expressionAttributeValues(Map.of(":v", n(1)))));

        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
    }

    @Test
    void queryPagesStopAfterOneMegabyteRead(DynamoDbClient dynamo) {
        String data = "x".repeat(100_000);
        for (int at = 0; at < 12; at++) {
            int current = at;
            dynamo.putItem(b -> b.tableName("Readings").item(Map.of("sensor", s("large"), "at", n(current),
                    "data", s(data))));
        }
        QueryRequest.Builder partition = QueryRequest.builder().tableName("Readings")
                .keyConditionExpression("sensor = :s").expressionAttributeValues(Map.of(":s", s("large")));

        QueryResponse first = dynamo.query(partition.build());
        QueryResponse second = dynamo.query(partition.exclusiveStartKey(first.lastEvaluatedKey()).build());

        assertEquals(11, first.count());
        assertEquals(Map.of("sensor", s("large"), "at", n(10)), first.lastEvaluatedKey());
        assertEquals(List.of("11"), ats(second.items()));
        assertTrue(second.lastEvaluatedKey().isEmpty());
    }

    @Test
    void scanReadsEveryItemAcrossPages(DynamoDbClient dynamo) {
        Set<String> seen = new HashSet<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = dynamo.scan(b -> b.tableName("Readings").limit(3).exclusiveStartKey(from));
            page.items().forEach(item -> seen.add(item.get("sensor").s() + item.get("at").n()));
            start = page.lastEvaluatedKey().isEmpty() ? null : page.lastEvaluatedKey();
        } while (start != null);

        assertTrue(seen.size() >= 7);
    }

    @Test
    void parallelScanSegmentsCoverTheTableOnce(DynamoDbClient dynamo) {
        List<String> seen = new ArrayList<>();
        for (int segment = 0; segment < 3; segment++) {
            int current = segment;
            dynamo.scan(b -> b.tableName("Readings").segment(current).totalSegments(3)).items()
                    .forEach(item -> seen.add(item.get("sensor").s() + item.get("at").n()));
        }

        assertEquals(seen.size(), new HashSet<>(seen).size());
        assertEquals(dynamo.scan(b -> b.tableName("Readings")).count(), seen.size());
    }

    @Test
    void segmentOutOfRangeIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> dynamo.scan(b -> b.tableName("Readings").segment(3).totalSegments(3)));

        assertEquals("The Segment parameter is zero-based and must be less than parameter TotalSegments: "
                + "Segment: 3 is not less than TotalSegments: 3", error.awsErrorDetails().errorMessage());
    }

    @Test
    void parallelScanRefusesAStartKeyOfAnotherSegment(DynamoDbClient dynamo) {
        int segment = IntStream.range(0, 3)
                .filter(candidate -> dynamo.scan(b -> b.tableName("Readings").segment(candidate).totalSegments(3))
                        .count() > 0)
                .findFirst().orElseThrow();
        int other = (segment + 1) % 3;
        Map<String, AttributeValue> startKey = dynamo.scan(b -> b.tableName("Readings").segment(segment)
                .totalSegments(3).limit(1)).lastEvaluatedKey();

        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.scan(b -> b
                .tableName("Readings").segment(other).totalSegments(3).exclusiveStartKey(startKey)));

        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertEquals("The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey "
                + "with correct Segment. TotalSegments: 3 Segment: " + other, error.awsErrorDetails().errorMessage());
        dynamo.scan(b -> b.tableName("Readings").segment(segment).totalSegments(3).exclusiveStartKey(startKey));
    }

    static Map<String, AttributeValue> reading(String sensor, int at) {
        return Map.of("sensor", s(sensor), "at", n(at));
    }

    static QueryRequest.Builder sensorAFrom(int low) {
        return QueryRequest.builder().tableName("Readings").keyConditionExpression("sensor = :s AND #at >= :low")
                .expressionAttributeNames(Map.of("#at", "at"))
                .expressionAttributeValues(Map.of(":s", s("a"), ":low", n(low)));
    }

    static String queryRefusal(DynamoDbClient dynamo, QueryRequest request) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.query(request));
        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        return error.awsErrorDetails().errorMessage();
    }

    @Test
    void startKeyOfAnotherPartitionIsOutsideTheQuery(DynamoDbClient dynamo) {
        assertEquals("The provided starting key is outside query boundaries based on provided conditions",
                queryRefusal(dynamo, sensorA().exclusiveStartKey(reading("b", 3)).build()));
    }

    @Test
    void startKeyOutsideTheSortKeyConditionIsOutsideTheQuery(DynamoDbClient dynamo) {
        assertEquals("The provided starting key is outside query boundaries based on provided conditions",
                queryRefusal(dynamo, sensorAFrom(7).exclusiveStartKey(reading("a", 2)).build()));
    }

    @Test
    void startKeyWithinTheConditionContinuesAfterIt(DynamoDbClient dynamo) {
        QueryResponse response = dynamo.query(sensorAFrom(7).exclusiveStartKey(reading("a", 7)).build());

        assertEquals(List.of("10", "100"), ats(response.items()));
    }

    @Test
    void startKeyWithoutTheSortKeyIsInvalid(DynamoDbClient dynamo) {
        assertEquals("The provided starting key is invalid: The provided key element does not match the schema",
                queryRefusal(dynamo, sensorA().exclusiveStartKey(Map.of("sensor", s("a"))).build()));
    }

    @Test
    void scanConsumesReadUnitsForTheBytesOfEveryItemReadEvenThoseTheFilterDrops(DynamoDbClient dynamo) {
        hashOnlyTable(dynamo, "Sized");
        for (String id : List.of("i1", "i2", "i3")) {
            dynamo.putItem(b -> b.tableName("Sized").item(Map.of("id", s(id), "blob", s("x".repeat(2000)))));
        }

        ScanResponse consistent = dynamo.scan(b -> b.tableName("Sized").consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        ScanResponse filtered = dynamo.scan(b -> b.tableName("Sized").filterExpression("id = :none")
                .expressionAttributeValues(Map.of(":none", s("none")))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

        assertEquals(3, consistent.count());
        assertEquals(2.0, consistent.consumedCapacity().capacityUnits());
        assertEquals("Sized", consistent.consumedCapacity().tableName());
        assertEquals(0, filtered.count());
        assertEquals(3, filtered.scannedCount());
        assertEquals(1.0, filtered.consumedCapacity().capacityUnits());
    }

    @Test
    void limitZeroIsRefusedOnQueryAndScan(DynamoDbClient dynamo) {
        String message = "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
                + "Member must have value greater than or equal to 1";
        DynamoDbException scan = assertThrows(DynamoDbException.class,
                () -> dynamo.scan(b -> b.tableName("Readings").limit(0)));

        assertEquals(message, queryRefusal(dynamo, sensorA().limit(0).build()));
        assertEquals(message, scan.awsErrorDetails().errorMessage());
    }

    @Test
    void startKeyOfATableWithoutASortKeyHoldsOnlyThePartitionKey(DynamoDbClient dynamo) {
        hashOnlyTable(dynamo, "Unsorted");
        dynamo.putItem(b -> b.tableName("Unsorted").item(Map.of("id", s("a"))));

        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.scan(b -> b
                .tableName("Unsorted").exclusiveStartKey(Map.of("id", s("a"), "at", n(1)))));

        assertEquals("The provided starting key is invalid: The provided key element does not match the schema",
                error.awsErrorDetails().errorMessage());
        assertEquals(0, dynamo.scan(b -> b.tableName("Unsorted").exclusiveStartKey(Map.of("id", s("a"))))
                .count());
    }

    private static void hashOnlyTable(DynamoDbClient dynamo, String name) {
        dynamo.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
    }
}
