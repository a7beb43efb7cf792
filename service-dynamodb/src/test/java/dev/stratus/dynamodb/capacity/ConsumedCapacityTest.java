package dev.stratus.dynamodb.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.protocol.CapacityJson;
import org.junit.jupiter.api.Test;

class ConsumedCapacityTest {

    @Test
    void readsCostOneUnitPer4KbRoundedUpAndHalfWhenEventuallyConsistent() {
        assertEquals(1.0, ConsumedCapacity.readUnits(0, true));
        assertEquals(1.0, ConsumedCapacity.readUnits(4096, true));
        assertEquals(2.0, ConsumedCapacity.readUnits(4097, true));
        assertEquals(1.0, ConsumedCapacity.readUnits(4097, false));
        assertEquals(0.5, ConsumedCapacity.readUnits(10, false));
    }

    @Test
    void writesCostOneUnitPer1KbRoundedUp() {
        assertEquals(1.0, ConsumedCapacity.writeUnits(0));
        assertEquals(1.0, ConsumedCapacity.writeUnits(1024));
        assertEquals(2.0, ConsumedCapacity.writeUnits(1025));
    }

    @Test
    void indexesModeBreaksTheTotalDown() {
        ObjectNode json = CapacityJson.of(ConsumedCapacity.writes("T").addTable(2).addIndex("gsi", true, 1)
                .addIndex("lsi", false, 1).shown(CapacityMode.INDEXES));

        assertEquals(4.0, json.get("CapacityUnits").asDouble());
        assertEquals(4.0, json.get("WriteCapacityUnits").asDouble());
        assertEquals(2.0, json.get("Table").get("CapacityUnits").asDouble());
        assertEquals(1.0, json.get("GlobalSecondaryIndexes").get("gsi").get("CapacityUnits").asDouble());
        assertEquals(1.0, json.get("LocalSecondaryIndexes").get("lsi").get("WriteCapacityUnits").asDouble());
    }

    @Test
    void totalModeShowsOnlyTheTotalAndNoneShowsNothing() {
        ConsumedCapacity capacity = ConsumedCapacity.reads("T").addTable(1.5);

        assertEquals("{\"TableName\":\"T\",\"CapacityUnits\":1.5,\"ReadCapacityUnits\":1.5}",
                CapacityJson.of(capacity.shown(CapacityMode.TOTAL)).toString());
        assertNull(capacity.shown(CapacityMode.NONE));
    }
}
