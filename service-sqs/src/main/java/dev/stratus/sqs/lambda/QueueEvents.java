package dev.stratus.sqs.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.sqs.message.MessageAttribute;
import dev.stratus.sqs.message.SqsMessage;
import dev.stratus.sqs.queue.QueueId;
import java.util.Map;

/** A received message as Lambda hands it to a function: one record of an SQS event. */
final class QueueEvents {

    private final ObjectMapper mapper;

    QueueEvents(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode of(QueueId queue, SqsMessage message) {
        ObjectNode record = mapper.createObjectNode()
                .put("messageId", message.messageId())
                .put("receiptHandle", message.receiptHandle())
                .put("body", message.body());
        ObjectNode attributes = record.putObject("attributes");
        message.systemAttributeValues().forEach(attributes::put);
        ObjectNode messageAttributes = record.putObject("messageAttributes");
        for (Map.Entry<String, MessageAttribute> entry : message.attributes().entrySet()) {
            messageAttributes.set(entry.getKey(), attribute(entry.getValue()));
        }
        return record.put("md5OfBody", message.md5OfBody())
                .put("eventSource", "aws:sqs")
                .put("eventSourceARN", queue.arn())
                .put("awsRegion", queue.region());
    }

    private ObjectNode attribute(MessageAttribute value) {
        ObjectNode node = mapper.createObjectNode();
        if (value.stringValue() != null) {
            node.put("stringValue", value.stringValue());
        }
        if (value.binaryValue() != null) {
            node.put("binaryValue", value.binaryValue());
        }
        value.stringListValues().forEach(node.putArray("stringListValues")::add);
        value.binaryListValues().forEach(node.putArray("binaryListValues")::add);
        return node.put("dataType", value.dataType());
    }
}
