package dev.stratus.dynamodb.ttl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stratus.dynamodb.DynamoDbEngine;
import dev.stratus.dynamodb.api.ChangeType;
import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.transaction.ChangeRecorder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a sweep publishes: a REMOVE made by the service itself, as stream records show TTL deletions. */
class TtlSweepEngineTest {

    private static final long NOW = DynamoDbEngine.START.getEpochSecond();

    private final DynamoDbEngine engine = ChangeRecorder.engine();
    private final ChangeRecorder recorder = ChangeRecorder.of(engine);

    @BeforeEach
    void createTableWithTimeToLive() {
        engine.createTable("Cache", "id");
        engine.call("UpdateTimeToLive", """
                {"TableName": "Cache", "TimeToLiveSpecification": {"Enabled": true, "AttributeName": "ttl"}}""");
    }

    private void put(String id, long ttl) {
        engine.call("PutItem", "{\"TableName\": \"Cache\", \"Item\": {\"id\": {\"S\": \"" + id + "\"}, "
                + "\"ttl\": {\"N\": \"" + ttl + "\"}}}");
    }

    @Test
    void anExpiredItemIsRemovedByTheServiceWithItsOldImage() {
        put("stale", NOW - 10);
        int before = recorder.changes().size();

        engine.instance(TtlSweeper.class).sweepOnce();

        List<ItemChange> changes = recorder.changes().subList(before, recorder.changes().size());
        assertEquals(1, changes.size());
        ItemChange removal = changes.get(0);
        assertEquals(ChangeType.REMOVE, removal.type());
        assertEquals(ItemChange.UserIdentity.timeToLive(), removal.userIdentity());
        assertEquals("stale", ((AttributeValue.S) removal.oldImage().get("id")).value());
        assertNull(removal.newImage());
        assertEquals(0, engine.call("Scan", "{\"TableName\": \"Cache\"}").get("Count").asInt());
    }

    @Test
    void itemsExpiredMoreThanFiveYearsAgoAndItemsOfTablesWithoutTimeToLiveStay() {
        put("ancient", NOW - Duration.ofDays(6 * 365).toSeconds());
        engine.call("UpdateTimeToLive", """
                {"TableName": "Cache", "TimeToLiveSpecification": {"Enabled": false, "AttributeName": "ttl"}}""");
        put("stale", NOW - 10);

        assertEquals(0, engine.instance(TtlSweeper.class).sweepOnce());
        assertEquals(2, engine.call("Scan", "{\"TableName\": \"Cache\"}").get("Count").asInt());
    }

    @Test
    void userWritesArePublishedWithoutAUserIdentity() {
        put("fresh", NOW + 60);

        assertNull(recorder.changes().get(0).userIdentity());
    }
}
