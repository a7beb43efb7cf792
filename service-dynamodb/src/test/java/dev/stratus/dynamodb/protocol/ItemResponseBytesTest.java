package dev.stratus.dynamodb.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.dynamodb.DynamoDbEngine;
import dev.stratus.spi.ServiceResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exact bytes of item-bearing responses (field order, number text, escapes, sets, nesting, consumed
 * capacity), so that how they are written can change without a client seeing a byte of difference.
 */
class ItemResponseBytesTest {

    private static final String ITEM = "{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1.50e1\"},"
            + "\"s\":{\"S\":\"x \\\"q\\\" \\\\ / \\u00e9 \\ud83d\\ude00 \\u0001\\n\\t<&>\"},"
            + "\"n\":{\"N\":\"-0.000120\"},\"big\":{\"N\":\"12345678901234567890123456789012345678\"},"
            + "\"b\":{\"B\":\"AQI=\"},\"eb\":{\"B\":\"\"},\"t\":{\"BOOL\":true},\"f\":{\"BOOL\":false},"
            + "\"z\":{\"NULL\":true},\"ss\":{\"SS\":[\"b\",\"a\",\"\\u00e9\"]},\"ns\":{\"NS\":[\"2\",\"-1.0\",\"1E+3\"]},"
            + "\"bs\":{\"BS\":[\"AQI=\",\"\"]},\"l\":{\"L\":[{\"S\":\"y\"},{\"L\":[]},{\"M\":{}},{\"N\":\"0\"}]},"
            + "\"m\":{\"M\":{\"k\":{\"S\":\"\"},\"\\u00fc\":{\"M\":{\"x\":{\"NULL\":true},\"y\":{\"SS\":[\"q\"]}}}}}}";
    private static final String STORED = "{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"15\"},"
            + "\"s\":{\"S\":\"x \\\"q\\\" \\\\ / é \\uD83D\\uDE00 \\u0001\\n\\t<&>\"},"
            + "\"n\":{\"N\":\"-0.00012\"},\"big\":{\"N\":\"12345678901234567890123456789012345678\"},"
            + "\"b\":{\"B\":\"AQI=\"},\"eb\":{\"B\":\"\"},\"t\":{\"BOOL\":true},\"f\":{\"BOOL\":false},"
            + "\"z\":{\"NULL\":true},\"ss\":{\"SS\":[\"b\",\"a\",\"é\"]},\"ns\":{\"NS\":[\"2\",\"-1\",\"1000\"]},"
            + "\"bs\":{\"BS\":[\"AQI=\",\"\"]},\"l\":{\"L\":[{\"S\":\"y\"},{\"L\":[]},{\"M\":{}},{\"N\":\"0\"}]},"
            + "\"m\":{\"M\":{\"k\":{\"S\":\"\"},\"ü\":{\"M\":{\"x\":{\"NULL\":true},\"y\":{\"SS\":[\"q\"]}}}}}}";
    private static final String KEY = "{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"15\"}}";

    private final DynamoDbEngine engine = new DynamoDbEngine();

    @BeforeEach
    void createTableWithAnItem() {
        engine.createTable("tbl", "pk", "sk", "N");
        engine.call("PutItem", "{\"TableName\":\"tbl\",\"Item\":" + ITEM + "}");
    }

    @Test
    void getItemAnswersTheStoredItemWithItsCapacity() {
        assertEquals("{\"Item\":" + STORED + ",\"ConsumedCapacity\":{\"TableName\":\"tbl\",\"CapacityUnits\":0.5,"
                        + "\"ReadCapacityUnits\":0.5,\"Table\":{\"CapacityUnits\":0.5,\"ReadCapacityUnits\":0.5}}}",
                body("GetItem", "{\"TableName\":\"tbl\",\"Key\":" + KEY + ",\"ReturnConsumedCapacity\":\"INDEXES\"}"));
    }

    @Test
    void getItemOfAMissingItemAnswersAnEmptyObject() {
        assertEquals("{}", body("GetItem", "{\"TableName\":\"tbl\",\"Key\":{\"pk\":{\"S\":\"b\"},\"sk\":{\"N\":\"1\"}}}"));
    }

    @Test
    void putItemAnswersTheOldItemAndCapacity() {
        assertEquals("{\"Attributes\":" + STORED + ",\"ConsumedCapacity\":{\"TableName\":\"tbl\","
                        + "\"CapacityUnits\":1.0,\"WriteCapacityUnits\":1.0}}",
                body("PutItem", "{\"TableName\":\"tbl\",\"Item\":" + KEY + ",\"ReturnValues\":\"ALL_OLD\","
                        + "\"ReturnConsumedCapacity\":\"TOTAL\"}"));
    }

    @Test
    void putItemWithoutReturnValuesAnswersAnEmptyObject() {
        assertEquals("{}", body("PutItem", "{\"TableName\":\"tbl\",\"Item\":" + ITEM + "}"));
    }

    @Test
    void queryAnswersItemsCountsAndTheLastKey() {
        engine.call("PutItem", "{\"TableName\":\"tbl\",\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"16\"}}}");
        assertEquals("{\"Items\":[" + STORED + "],\"Count\":1,\"ScannedCount\":1,\"LastEvaluatedKey\":" + KEY
                        + ",\"ConsumedCapacity\":{\"TableName\":\"tbl\",\"CapacityUnits\":0.5,\"ReadCapacityUnits\":0.5}}",
                body("Query", "{\"TableName\":\"tbl\",\"KeyConditionExpression\":\"pk = :p\","
                        + "\"ExpressionAttributeValues\":{\":p\":{\"S\":\"a\"}},\"Limit\":1,"
                        + "\"ReturnConsumedCapacity\":\"TOTAL\"}"));
    }

    @Test
    void scanWithProjectionAnswersTheProjectedItems() {
        assertEquals("{\"Items\":[{\"m\":{\"M\":{\"ü\":{\"M\":{\"y\":{\"SS\":[\"q\"]}}}}},\"ns\":{\"NS\":[\"2\",\"-1\","
                        + "\"1000\"]}}],\"Count\":1,\"ScannedCount\":1}",
                body("Scan", "{\"TableName\":\"tbl\",\"ProjectionExpression\":\"m.#u.y, ns\","
                        + "\"ExpressionAttributeNames\":{\"#u\":\"\\u00fc\"}}"));
    }

    @Test
    void scanWithSelectCountAnswersCountsOnly() {
        assertEquals("{\"Count\":1,\"ScannedCount\":1}", body("Scan", "{\"TableName\":\"tbl\",\"Select\":\"COUNT\"}"));
    }

    @Test
    void batchGetItemAnswersResponsesByTable() {
        assertEquals("{\"Responses\":{\"tbl\":[" + STORED + "]},\"UnprocessedKeys\":{},\"ConsumedCapacity\":[{"
                        + "\"TableName\":\"tbl\",\"CapacityUnits\":2.0,\"ReadCapacityUnits\":2.0,"
                        + "\"Table\":{\"CapacityUnits\":2.0,\"ReadCapacityUnits\":2.0}}]}",
                body("BatchGetItem", "{\"RequestItems\":{\"tbl\":{\"Keys\":[" + KEY + ",{\"pk\":{\"S\":\"b\"},"
                        + "\"sk\":{\"N\":\"1\"}}],\"ConsistentRead\":true}},\"ReturnConsumedCapacity\":\"INDEXES\"}"));
    }

    private String body(String operation, String json) {
        ServiceResponse response = engine.send(operation, json);
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(200, response.status(), body);
        return body;
    }
}
