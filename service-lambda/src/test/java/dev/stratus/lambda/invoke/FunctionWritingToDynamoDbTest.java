package dev.stratus.lambda.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** Functions reach Stratus's DynamoDB through their bundled SDK, in their own account. */
@ExtendWith(StratusExtension.class)
class FunctionWritingToDynamoDbTest {

    private static final String SDK_V3_WRITER = "const { DynamoDBClient, PutItemCommand } = require('@aws-sdk/client-dynamodb');"
            + "const client = new DynamoDBClient({});"
            + "exports.handler = async (event) => {"
            + "  await client.send(new PutItemCommand({ TableName: 'Notes', Item: { id: { S: event.id }, text: { S: event.text } } }));"
            + "  return 'stored ' + event.id; };";
    private static final String SDK_V2_WRITER = "var AWS = require('aws-sdk'); var documents = new AWS.DynamoDB.DocumentClient();"
            + "exports.handler = function(event, context, callback) {"
            + "  documents.put({ TableName: 'Notes', Item: { id: event.id, text: event.text } }, function(err) {"
            + "    callback(err, err ? null : 'stored ' + event.id); }); };";

    @BeforeAll
    static void createTable(DynamoDbClient dynamo) {
        dynamo.createTable(r -> r.tableName("Notes").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
    }

    @Test
    void aNodeJs20FunctionWritesAnItemWithTheJavaScriptSdkV3(LambdaClient lambda, DynamoDbClient dynamo) {
        TestFunctions.create(lambda, "writer-v3", SDK_V3_WRITER);

        InvokeResponse response = lambda.invoke(r -> r.functionName("writer-v3")
                .payload(SdkBytes.fromUtf8String("{\"id\":\"n1\",\"text\":\"from sdk v3\"}")));

        assertNull(response.functionError(), () -> response.payload().asUtf8String());
        assertEquals("\"stored n1\"", response.payload().asUtf8String());
        assertEquals("from sdk v3", dynamo.getItem(r -> r.tableName("Notes")
                .key(Map.of("id", AttributeValue.fromS("n1")))).item().get("text").s());
    }

    @Test
    void aNodeJs16FunctionWritesAnItemWithTheJavaScriptSdkV2(LambdaClient lambda, DynamoDbClient dynamo) {
        lambda.createFunction(TestFunctions.node("writer-v2", SDK_V2_WRITER).runtime("nodejs16.x").build());
        lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName("writer-v2"));

        InvokeResponse response = lambda.invoke(r -> r.functionName("writer-v2")
                .payload(SdkBytes.fromUtf8String("{\"id\":\"n2\",\"text\":\"from sdk v2\"}")));

        assertNull(response.functionError(), () -> response.payload().asUtf8String());
        assertEquals("\"stored n2\"", response.payload().asUtf8String());
        assertEquals("from sdk v2", dynamo.getItem(r -> r.tableName("Notes")
                .key(Map.of("id", AttributeValue.fromS("n2")))).item().get("text").s());
    }
}
