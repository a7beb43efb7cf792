package dev.stratus.sqs.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.sqs.permission.QueuePolicy;
import dev.stratus.sqs.queue.Queue;
import dev.stratus.sqs.queue.Queues;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.OperationTable;
import java.util.List;

/** AddPermission and RemovePermission: statements of the queue's {@code Policy} attribute, one per label. */
final class PermissionOperations {

    private final QueueOperations queueOperations;
    private final Queues queues;
    private final QueuePolicy policy;

    PermissionOperations(QueueOperations queueOperations, Queues queues, ObjectMapper mapper) {
        this.queueOperations = queueOperations;
        this.queues = queues;
        this.policy = new QueuePolicy(mapper);
    }

    void addTo(OperationTable table) {
        table.add("AddPermission", this::addPermission);
        table.add("RemovePermission", this::removePermission);
    }

    private JsonNode addPermission(JsonNode input, RequestContext context) {
        Queue queue = queueOperations.queueOf(input, context);
        String label = Input.optional(input, "Label");
        List<String> accountIds = Input.strings(input, "AWSAccountIds");
        List<String> actions = Input.strings(input, "Actions");
        QueuePolicy.validate(label, accountIds, actions);
        queues.changePolicy(queue, current -> policy.withStatement(current, queue.id().arn(), label, accountIds, actions));
        return null;
    }

    private JsonNode removePermission(JsonNode input, RequestContext context) {
        Queue queue = queueOperations.queueOf(input, context);
        String label = Input.required(input, "Label");
        queues.changePolicy(queue, current -> policy.withoutStatement(current, queue.id().arn(), label));
        return null;
    }
}
