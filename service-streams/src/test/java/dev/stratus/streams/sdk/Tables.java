package dev.stratus.streams.sdk;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** Tables the stream tests write to: a string hash key {@code Id}, on demand, with or without a stream. */
final class Tables {

    private Tables() {
    }

    /** Creates the table with a stream of {@code viewType} (none when null). */
    static TableDescription create(DynamoDbClient dynamo, String name, StreamViewType viewType) {
        return dynamo.createTable(request -> {
            request.tableName(name)
                    .keySchema(KeySchemaElement.builder().attributeName("Id").keyType(KeyType.HASH).build())
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("Id")
                            .attributeType(ScalarAttributeType.S).build())
                    .billingMode(BillingMode.PAY_PER_REQUEST);
            if (viewType != null) {
                request.streamSpecification(spec -> spec.streamEnabled(true).streamViewType(viewType));
            }
        }).tableDescription();
    }

    static String enableStream(DynamoDbClient dynamo, String name, StreamViewType viewType) {
        return dynamo.updateTable(request -> request.tableName(name)
                .streamSpecification(spec -> spec.streamEnabled(true).streamViewType(viewType)))
                .tableDescription().latestStreamArn();
    }

    static void disableStream(DynamoDbClient dynamo, String name) {
        dynamo.updateTable(request -> request.tableName(name).streamSpecification(spec -> spec.streamEnabled(false)));
    }
}
