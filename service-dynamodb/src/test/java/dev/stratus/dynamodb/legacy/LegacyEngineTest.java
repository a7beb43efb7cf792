package dev.stratus.dynamodb.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.dynamodb.DynamoDbEngine;
import dev.stratus.spi.ServiceResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests with legacy parameters, run end to end through the DynamoDB engine's operations. */
class LegacyEngineTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);

    private final DynamoDbEngine engine = new DynamoDbEngine();

    @BeforeEach
    void createTable() {
        engine.call("CreateTable", """
                {"TableName": "Orders", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "customer", "AttributeType": "S"},
                   {"AttributeName": "order", "AttributeType": "N"}],
                 "KeySchema": [{"AttributeName": "customer", "KeyType": "HASH"},
                   {"AttributeName": "order", "KeyType": "RANGE"}]}""");
        for (int order = 1; order <= 4; order++) {
            call("PutItem", "{'TableName':'Orders','Item':{'customer':{'S':'c1'},'order':{'N':'" + order + "'},"
                    + "'status':{'S':'" + (order % 2 == 0 ? "open" : "closed") + "'},'total':{'N':'" + order * 10
                    + "'}}}");
        }
    }

    @Test
    void putWithExpectedRefusesAnExistingKey() {
        String put = "{'TableName':'Orders','Item':{'customer':{'S':'c1'},'order':{'N':'1'}},"
                + "'Expected':{'customer':{'Exists':false}}}";

        assertEquals("ConditionalCheckFailedException", error("PutItem", put));
    }

    @Test
    void updateWithAttributeUpdatesAddsToAMissingNumberAndRemoves() {
        JsonNode output = call("UpdateItem", "{'TableName':'Orders','Key':{'customer':{'S':'c1'},'order':{'N':'1'}},"
                + "'AttributeUpdates':{'visits':{'Action':'ADD','Value':{'N':'2'}},'status':{'Action':'DELETE'}},"
                + "'Expected':{'total':{'ComparisonOperator':'LE','AttributeValueList':[{'N':'10'}]}},"
                + "'ReturnValues':'ALL_NEW'}");

        assertEquals(json("{'customer':{'S':'c1'},'order':{'N':'1'},'total':{'N':'10'},'visits':{'N':'2'}}"),
                output.get("Attributes"));
    }

    @Test
    void queryWithKeyConditionsQueryFilterAndAttributesToGet() {
        JsonNode output = call("Query", "{'TableName':'Orders','KeyConditions':{"
                + "'customer':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'c1'}]},"
                + "'order':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'N':'2'},{'N':'4'}]}},"
                + "'QueryFilter':{'status':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'open'}]}},"
                + "'AttributesToGet':['order','total']}");

        assertEquals(json("[{'order':{'N':'2'},'total':{'N':'20'}},{'order':{'N':'4'},'total':{'N':'40'}}]"),
                output.get("Items"));
        assertEquals(3, output.get("ScannedCount").asInt());
    }

    @Test
    void scanWithScanFilterAndConditionalOperatorOr() {
        JsonNode output = call("Scan", "{'TableName':'Orders','ConditionalOperator':'OR','ScanFilter':{"
                + "'total':{'ComparisonOperator':'GE','AttributeValueList':[{'N':'40'}]},"
                + "'order':{'ComparisonOperator':'IN','AttributeValueList':[{'N':'1'}]}},"
                + "'AttributesToGet':['order']}");

        assertEquals(2, output.get("Count").asInt());
    }

    @Test
    void getItemWithAttributesToGet() {
        JsonNode output = call("GetItem", "{'TableName':'Orders','Key':{'customer':{'S':'c1'},'order':{'N':'3'}},"
                + "'AttributesToGet':['status']}");

        assertEquals(json("{'status':{'S':'closed'}}"), output.get("Item"));
    }

    private JsonNode call(String operation, String request) {
        return engine.call(operation, json(request).toString());
    }

    private String error(String operation, String request) {
        ServiceResponse response = engine.send(operation, json(request).toString());
        String type = engine.parse(response.body()).get("__type").asText();
        return type.substring(type.indexOf('#') + 1);
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
