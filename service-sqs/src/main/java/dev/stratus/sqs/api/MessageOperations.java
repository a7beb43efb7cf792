package dev.stratus.sqs.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.sqs.SqsErrors;
import dev.stratus.sqs.message.SendResult;
import dev.stratus.sqs.message.SqsMessage;
import dev.stratus.sqs.poll.LongPolls;
import dev.stratus.sqs.queue.Queue;
import dev.stratus.sqs.queue.Queues;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.OperationTable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Sending, receiving, deleting and hiding messages, one at a time and in batches. */
final class MessageOperations {

    private static final String VISIBILITY_REASON = "Must be >= 0 and <= 43200, if provided.";

    private final QueueOperations queueOperations;
    private final Queues queues;
    private final LongPolls longPolls;
    private final Clock clock;
    private final ObjectMapper mapper;

    MessageOperations(QueueOperations queueOperations, Queues queues, LongPolls longPolls, Clock clock,
                      ObjectMapper mapper) {
        this.queueOperations = queueOperations;
        this.queues = queues;
        this.longPolls = longPolls;
        this.clock = clock;
        this.mapper = mapper;
    }

    void addTo(OperationTable table) {
        table.add("SendMessage", this::sendMessage);
        table.add("SendMessageBatch", this::sendMessageBatch);
        table.add("DeleteMessage", this::deleteMessage);
        table.add("DeleteMessageBatch", this::deleteMessageBatch);
        table.add("ChangeMessageVisibility", this::changeMessageVisibility);
        table.add("ChangeMessageVisibilityBatch", this::changeMessageVisibilityBatch);
        table.addAsync("ReceiveMessage", this::receiveMessage);
    }

    private JsonNode sendMessage(JsonNode input, RequestContext context) {
        Queue queue = queueOperations.queueOf(input, context);
        SendResult result = queue.send(MessageInput.read(input, queue, senderOf(context)), clock.millis());
        return sendResultNode(result);
    }

    private JsonNode sendMessageBatch(JsonNode input, RequestContext context) {
        Queue queue = queueOperations.queueOf(input, context);
        List<JsonNode> entries = BatchEntries.check(input, "SendMessageBatchRequestEntry");
        int total = entries.stream().mapToInt(MessageInput::size).sum();
        int limit = queue.settableAttributes().integer("MaximumMessageSize");
        if (total > limit) {
            throw SqsErrors.batchRequestTooLong(limit);
        }
        return BatchEntries.run(mapper, entries, entry -> {
            SendResult result = queue.send(MessageInput.read(entry, queue, senderOf(context)), clock.millis());
            return sendResultNode(result);
        });
    }

    private ObjectNode sendResultNode(SendResult result) {
        ObjectNode output = mapper.createObjectNode().put("MD5OfMessageBody", result.md5OfBody());
        if (result.md5OfAttributes() != null) {
            output.put("MD5OfMessageAttributes", result.md5OfAttributes());
        }
        if (result.md5OfSystemAttributes() != null) {
            output.put("MD5OfMessageSystemAttributes", result.md5OfSystemAttributes());
        }
        output.put("MessageId", result.messageId());
        if (result.sequenceNumber() != null) {
            output.put("SequenceNumber", result.sequenceNumber());
        }
        return output;
    }

    private static String senderOf(RequestContext context) {
        return context.accessKey().isEmpty() ? context.accountId() : context.accessKey();
    }

    private CompletionStage<JsonNode> receiveMessage(JsonNode input, RequestContext context) {
        Queue queue = queueOperations.queueOf(input, context);
        int max = orDefault(Input.integer(input, "MaxNumberOfMessages", 1, 10,
                "Must be between 1 and 10, if provided."), 1);
        Integer visibility = Input.integer(input, "VisibilityTimeout", 0, 43_200, VISIBILITY_REASON);
        Integer wait = Input.integer(input, "WaitTimeSeconds", 0, 20, "Must be >= 0 and <= 20, if provided.");
        int waitSeconds = wait != null ? wait : queue.settableAttributes().integer("ReceiveMessageWaitTimeSeconds");
        List<String> systemNames = new ArrayList<>(Input.strings(input, "AttributeNames"));
        systemNames.addAll(Input.strings(input, "MessageSystemAttributeNames"));
        ReceivedMessages writer = new ReceivedMessages(mapper, systemNames, Input.strings(input, "MessageAttributeNames"));
        String attemptId = queue.id().isFifo() ? Input.optional(input, "ReceiveRequestAttemptId") : null;
        List<SqsMessage> now = queues.receive(queue, max, visibility, attemptId);
        if (!now.isEmpty() || waitSeconds == 0) {
            return CompletableFuture.completedFuture(received(queue, now, writer));
        }
        return longPolls.await(queue, () -> queues.receive(queue, max, visibility, attemptId), Duration.ofSeconds(waitSeconds))
                .thenApply(messages -> received(queue, messages, writer));
    }

    /** The answer to a receive; the messages it took in flight are announced when they become visible again. */
    private JsonNode received(Queue queue, List<SqsMessage> messages, ReceivedMessages writer) {
        if (!messages.isEmpty()) {
            longPolls.announceWhenVisible(queue);
        }
        return writer.write(messages);
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private JsonNode deleteMessage(JsonNode input, RequestContext context) {
        Queue queue = queueOperations.queueOf(input, context);
        queue.delete(Input.required(input, "ReceiptHandle"));
        return null;
    }

    private JsonNode deleteMessageBatch(JsonNode input, RequestContext context) {
        Queue queue = queueOperations.queueOf(input, context);
        List<JsonNode> entries = BatchEntries.check(input, "DeleteMessageBatchRequestEntry");
        return BatchEntries.run(mapper, entries, entry -> {
            queue.delete(Input.required(entry, "ReceiptHandle"));
            return mapper.createObjectNode();
        });
    }

    private JsonNode changeMessageVisibility(JsonNode input, RequestContext context) {
        Queue queue = queueOperations.queueOf(input, context);
        changeVisibility(queue, input);
        return null;
    }

    private void changeVisibility(Queue queue, JsonNode input) {
        String handle = Input.required(input, "ReceiptHandle");
        Integer seconds = Input.integer(input, "VisibilityTimeout", 0, 43_200, VISIBILITY_REASON);
        if (seconds == null) {
            throw SqsErrors.missingParameter("VisibilityTimeout");
        }
        queue.changeVisibility(handle, seconds, clock.millis());
    }

    private JsonNode changeMessageVisibilityBatch(JsonNode input, RequestContext context) {
        Queue queue = queueOperations.queueOf(input, context);
        List<JsonNode> entries = BatchEntries.check(input, "ChangeMessageVisibilityBatchRequestEntry");
        return BatchEntries.run(mapper, entries, entry -> {
            changeVisibility(queue, entry);
            return mapper.createObjectNode();
        });
    }
}
