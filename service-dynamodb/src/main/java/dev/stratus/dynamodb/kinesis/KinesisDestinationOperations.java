package dev.stratus.dynamodb.kinesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.ConstraintViolations;
import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.dynamodb.OperationGroup;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.JsonOperation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;

/** The Kinesis streaming destination operations. */
@Singleton
public final class KinesisDestinationOperations implements OperationGroup {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final TableService tables;

    @Inject
    public KinesisDestinationOperations(TableService tables) {
        this.tables = tables;
    }

    @Override
    public Map<String, JsonOperation> operations() {
        return Map.of(
                "DescribeKinesisStreamingDestination", this::describe,
                "EnableKinesisStreamingDestination", this::change,
                "DisableKinesisStreamingDestination", this::change,
                "UpdateKinesisStreamingDestination", this::change);
    }

    JsonNode describe(JsonNode input, RequestContext context) {
        Table table = tables.describe(context, JsonInput.text(input, "TableName"));
        ObjectNode output = JSON.objectNode().put("TableName", table.name());
        output.putArray("KinesisDataStreamDestinations");
        return output;
    }

    JsonNode change(JsonNode input, RequestContext context) {
        String streamArn = JsonInput.text(input, "StreamArn");
        new ConstraintViolations().notNull(streamArn, "streamArn").length(streamArn, "streamArn", 37, 1024)
                .throwIfAny();
        tables.describe(context, JsonInput.text(input, "TableName"));
        throw DynamoDbErrors.unavailable("Kinesis Data Streams destinations");
    }
}
