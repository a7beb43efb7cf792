package dev.stratus.dynamodb.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.dynamodb.DynamoDbEngine;
import dev.stratus.spi.HealthCheck;
import org.junit.jupiter.api.Test;

class TableHealthTest {

    @Test
    void healthCountsTablesAndItems() {
        DynamoDbEngine engine = new DynamoDbEngine();
        engine.call("CreateTable", """
                {"TableName": "Healthy", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}]}""");
        engine.call("PutItem", """
                {"TableName": "Healthy", "Item": {"id": {"S": "a"}}}""");

        HealthCheck.HealthStatus status = engine.instance(TableHealth.class).check();

        assertTrue(status.healthy());
        assertEquals("1 tables, 1 items", status.detail());
    }
}
