package dev.stratus.streams.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.testkit.StratusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

@ExtendWith(StratusExtension.class)
class StreamDescriptionSdkTest {

    @Test
    void createTableWithAStreamMakesADescribableStream(DynamoDbClient dynamo, DynamoDbStreamsClient streams) {
        TableDescription table = dynamo.createTable(request -> request.tableName("Orders")
                .keySchema(KeySchemaElement.builder().attributeName("Id").keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName("Id")
                        .attributeType(ScalarAttributeType.S).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)))
                .tableDescription();

        StreamDescription stream = streams.describeStream(request -> request.streamArn(table.latestStreamArn()))
                .streamDescription();

        assertEquals(table.latestStreamArn(), stream.streamArn());
        assertEquals(table.latestStreamLabel(), stream.streamLabel());
        assertEquals("ENABLED", stream.streamStatusAsString());
        assertEquals(1, stream.shards().size());
    }
}
