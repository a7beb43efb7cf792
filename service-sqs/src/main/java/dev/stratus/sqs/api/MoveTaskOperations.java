package dev.stratus.sqs.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.sqs.move.MessageMoveTask;
import dev.stratus.sqs.move.MessageMoveTasks;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.OperationTable;

/** StartMessageMoveTask, ListMessageMoveTasks and CancelMessageMoveTask. */
final class MoveTaskOperations {

    private final MessageMoveTasks tasks;
    private final ObjectMapper mapper;

    MoveTaskOperations(MessageMoveTasks tasks, ObjectMapper mapper) {
        this.tasks = tasks;
        this.mapper = mapper;
    }

    void addTo(OperationTable table) {
        table.add("StartMessageMoveTask", this::start);
        table.add("ListMessageMoveTasks", this::list);
        table.add("CancelMessageMoveTask", this::cancel);
    }

    private JsonNode start(JsonNode input, RequestContext context) {
        MessageMoveTask task = tasks.start(Input.required(input, "SourceArn"), Input.optional(input, "DestinationArn"),
                Input.integer(input, "MaxNumberOfMessagesPerSecond", 1, 500,
                        "Must be between 1 and 500, if provided."));
        return mapper.createObjectNode().put("TaskHandle", task.taskHandle());
    }

    private JsonNode list(JsonNode input, RequestContext context) {
        Integer max = Input.integer(input, "MaxResults", 1, 10, "Must be between 1 and 10, if provided.");
        ObjectNode output = mapper.createObjectNode();
        ArrayNode results = output.putArray("Results");
        for (MessageMoveTask task : tasks.list(Input.required(input, "SourceArn"), max == null ? 1 : max)) {
            ObjectNode node = results.addObject().put("Status", task.status()).put("SourceArn", task.sourceArn());
            if (task.destinationArn() != null) {
                node.put("DestinationArn", task.destinationArn());
            }
            if (task.maxNumberOfMessagesPerSecond() != null) {
                node.put("MaxNumberOfMessagesPerSecond", task.maxNumberOfMessagesPerSecond());
            }
            node.put("ApproximateNumberOfMessagesMoved", task.messagesMoved())
                    .put("ApproximateNumberOfMessagesToMove", task.messagesToMove())
                    .put("StartedTimestamp", task.startedAt());
        }
        return output;
    }

    private JsonNode cancel(JsonNode input, RequestContext context) {
        MessageMoveTask task = tasks.cancel(Input.required(input, "TaskHandle"));
        return mapper.createObjectNode().put("ApproximateNumberOfMessagesMoved", task.messagesMoved());
    }
}
