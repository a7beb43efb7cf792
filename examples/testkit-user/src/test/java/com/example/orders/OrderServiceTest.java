package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** How a project tests its code against Stratus: one test dependency, the injected clients, the test clock. */
class OrderServiceTest {

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().withTestClock().build();

    @Test
    void thisProjectHasTheSlf4j17OfTheAwsSdkAndNoBinding() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.spi.SLF4JServiceProvider"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("ch.qos.logback.classic.Logger"));
    }

    @Test
    void whatTheFunctionPrintedIsReadableFromTheTest() {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        lambda.createFunction(b -> b.functionName("notify").runtime(Runtime.NODEJS20_X).handler("index.handler")
                .role("arn:aws:iam::000000000000:role/lambda-role")
                .code(c -> c.zipFile(zip("exports.handler = async (order) => { "
                        + "console.log('notifying about order ' + order.id); return 'ok'; };"))));
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName("notify"));

        lambda.invoke(b -> b.functionName("notify").payload(SdkBytes.fromUtf8String("{\"id\":\"o-1\"}")));

        List<String> logs = stratus.functionLogs("notify");
        assertTrue(logs.stream().anyMatch(line -> line.endsWith("notifying about order o-1")), logs::toString);
    }

    @Test
    void anExpiredOrderIsGoneRightAfterTheClockMoves() {
        DynamoDbClient dynamo = stratus.client(DynamoDbClient.class);
        dynamo.createTable(b -> b.tableName("Orders").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        dynamo.updateTimeToLive(b -> b.tableName("Orders")
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
        long tomorrow = stratus.clock().instant().plus(Duration.ofDays(1)).getEpochSecond();
        Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS("o-2"));
        dynamo.putItem(b -> b.tableName("Orders").item(Map.of("id", AttributeValue.fromS("o-2"),
                "expiresAt", AttributeValue.fromN(Long.toString(tomorrow)))));

        stratus.clock().advance(Duration.ofHours(25));

        assertFalse(dynamo.getItem(b -> b.tableName("Orders").key(key)).hasItem());
    }

    private static SdkBytes zip(String source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("index.js"));
            zip.write(source.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SdkBytes.fromByteArray(bytes.toByteArray());
    }
}
