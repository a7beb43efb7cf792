package dev.stratus.dynamodb.protocol.kinesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.OperationGroup;
import dev.stratus.dynamodb.kinesis.KinesisDestinationOperations;
import dev.stratus.dynamodb.protocol.JsonInput;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.JsonOperation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;

/** The Kinesis streaming destination operations as JSON, run by {@link KinesisDestinationOperations}. */
@Singleton
public final class KinesisDestinationJsonOperations implements OperationGroup {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final KinesisDestinationOperations destinations;

    @Inject
    public KinesisDestinationJsonOperations(KinesisDestinationOperations destinations) {
        this.destinations = destinations;
    }

    @Override
    public Map<String, JsonOperation> operations() {
        return Map.of(
                "DescribeKinesisStreamingDestination", this::describe,
                "EnableKinesisStreamingDestination", this::change,
                "DisableKinesisStreamingDestination", this::change,
                "UpdateKinesisStreamingDestination", this::change);
    }

    private JsonNode describe(JsonNode input, RequestContext context) {
        ObjectNode output = JSON.objectNode().put("TableName",
                destinations.describeKinesisStreamingDestination(JsonInput.text(input, "TableName"), context));
        output.putArray("KinesisDataStreamDestinations");
        return output;
    }

    private JsonNode change(JsonNode input, RequestContext context) {
        destinations.changeKinesisStreamingDestination(JsonInput.text(input, "TableName"),
                JsonInput.text(input, "StreamArn"), context);
        return JSON.objectNode();
    }
}
