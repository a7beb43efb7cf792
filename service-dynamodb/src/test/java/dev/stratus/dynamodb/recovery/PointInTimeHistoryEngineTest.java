package dev.stratus.dynamodb.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.dynamodb.DynamoDbEngine;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.Storage;
import dev.stratus.testkit.TestClock;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PointInTimeHistoryEngineTest {

    private final TestClock clock = new TestClock(DynamoDbEngine.START);
    private final DynamoDbEngine engine = new DynamoDbEngine(clock);

    private void put(String table, String id) {
        engine.call("PutItem", """
                {"TableName": "%s", "Item": {"id": {"S": "%s"}}}""".formatted(table, id));
    }

    private void recovery(String table, boolean enabled, int days) {
        engine.call("UpdateContinuousBackups", """
                {"TableName": "%s", "PointInTimeRecoverySpecification":
                 {"PointInTimeRecoveryEnabled": %s, "RecoveryPeriodInDays": %d}}""".formatted(table, enabled, days));
    }

    private long historyEntries() {
        try (Stream<?> entries = engine.instance(Storage.class).namespace("dynamodb.history").scan(KeyRange.all())) {
            return entries.count();
        }
    }

    @Test
    void writesToATableWithoutRecoveryKeepNoHistory() {
        engine.createTable("Plain", "id");

        put("Plain", "a");
        put("Plain", "b");

        assertEquals(0, historyEntries());
    }

    @Test
    void eachWriteThatChangesARecoverableTableLeavesOneEntry() {
        engine.createTable("Kept", "id");
        recovery("Kept", true, 35);

        put("Kept", "a");
        put("Kept", "a");
        put("Kept", "b");
        engine.call("DeleteItem", """
                {"TableName": "Kept", "Key": {"id": {"S": "a"}}}""");

        assertEquals(3, historyEntries());
    }

    @Test
    void historyOlderThanTheRecoveryPeriodIsPruned() {
        engine.createTable("Bounded", "id");
        recovery("Bounded", true, 1);
        put("Bounded", "old");
        clock.advance(Duration.ofDays(2));
        put("Bounded", "new");

        engine.instance(PointInTimeHistory.class).prune();

        assertEquals(1, historyEntries());
    }

    @Test
    void disablingRecoveryDropsTheHistory() {
        engine.createTable("Dropped", "id");
        recovery("Dropped", true, 35);
        put("Dropped", "a");

        recovery("Dropped", false, 35);
        put("Dropped", "b");

        assertEquals(0, historyEntries());
    }

    @Test
    void theHistoryOfADeletedTableIsPruned() {
        engine.createTable("Gone", "id");
        recovery("Gone", true, 35);
        put("Gone", "a");

        engine.call("DeleteTable", """
                {"TableName": "Gone"}""");
        engine.instance(PointInTimeHistory.class).prune();

        assertEquals(0, historyEntries());
    }
}
