package dev.stratus.sns.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.sns.SnsErrors;
import dev.stratus.sns.delivery.MessageAttribute;
import dev.stratus.sns.delivery.Notification;
import dev.stratus.sns.delivery.Publisher;
import dev.stratus.sns.topic.Topic;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.OperationTable;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Publish and PublishBatch: each message gets an id (and a sequence number on a FIFO topic) and is delivered. */
final class PublishOperations {

    private static final int MAX_BATCH = 10;

    private final TopicOperations topicOperations;
    private final Publisher publisher;
    private final ObjectMapper mapper;
    private final UnaryOperator<String> queryErrorCode;

    PublishOperations(TopicOperations topicOperations, Publisher publisher, ObjectMapper mapper,
                      UnaryOperator<String> queryErrorCode) {
        this.topicOperations = topicOperations;
        this.publisher = publisher;
        this.mapper = mapper;
        this.queryErrorCode = queryErrorCode;
    }

    void addTo(OperationTable table) {
        table.add("Publish", this::publish);
        table.add("PublishBatch", this::publishBatch);
    }

    private JsonNode publish(JsonNode input, RequestContext context) {
        String target = Params.optional(input, "TopicArn") != null ? "TopicArn" : "TargetArn";
        if (Params.optional(input, target) == null) {
            throw SnsErrors.invalidParameter("TopicArn or TargetArn Reason: no value for required parameter");
        }
        Notification notification = publish(topicOperations.topicOf(input, target), input);
        ObjectNode output = mapper.createObjectNode().put("MessageId", notification.messageId());
        if (notification.sequenceNumber() != null) {
            output.put("SequenceNumber", notification.sequenceNumber());
        }
        return output;
    }

    private JsonNode publishBatch(JsonNode input, RequestContext context) {
        Topic topic = topicOperations.topicOf(input, "TopicArn");
        JsonNode entries = input.path("PublishBatchRequestEntries");
        if (entries.isEmpty()) {
            throw SnsErrors.emptyBatch();
        }
        if (entries.size() > MAX_BATCH) {
            throw SnsErrors.tooManyEntries();
        }
        Set<String> ids = new HashSet<>();
        entries.forEach(entry -> {
            if (!ids.add(entry.path("Id").asText())) {
                throw SnsErrors.batchIdsNotDistinct();
            }
        });
        ObjectNode output = mapper.createObjectNode();
        ArrayNode successful = output.putArray("Successful");
        ArrayNode failed = output.putArray("Failed");
        for (JsonNode entry : entries) {
            String id = entry.path("Id").asText();
            try {
                Notification notification = publish(topic, entry);
                ObjectNode result = successful.addObject().put("Id", id).put("MessageId", notification.messageId());
                if (notification.sequenceNumber() != null) {
                    result.put("SequenceNumber", notification.sequenceNumber());
                }
            } catch (AwsServiceException e) {
                failed.addObject().put("Id", id).put("Code", queryErrorCode.apply(e.errorCode()))
                        .put("Message", e.getMessage()).put("SenderFault", true);
            }
        }
        return output;
    }

    private Notification publish(Topic topic, JsonNode input) {
        String message = Params.optional(input, "Message");
        if (message == null || message.isEmpty()) {
            throw SnsErrors.invalidParameter("Empty message");
        }
        Map<String, String> messages = "json".equals(Params.optional(input, "MessageStructure"))
                ? structured(message) : Map.of("default", message);
        String groupId = Params.optional(input, "MessageGroupId");
        String deduplicationId = Params.optional(input, "MessageDeduplicationId");
        if (topic.fifo()) {
            if (groupId == null) {
                throw SnsErrors.invalidParameter("The MessageGroupId parameter is required for FIFO topics");
            }
            if (deduplicationId == null && !topic.contentBasedDeduplication()) {
                throw SnsErrors.invalidParameter("The topic should either have ContentBasedDeduplication enabled or "
                        + "MessageDeduplicationId provided explicitly");
            }
        } else if (deduplicationId != null) {
            throw SnsErrors.invalidParameter("MessageDeduplicationId Reason: The request includes "
                    + "MessageDeduplicationId parameter that is not valid for this topic type");
        }
        return publisher.publish(topic, messages, Params.optional(input, "Subject"),
                attributes(input.path("MessageAttributes")), groupId, deduplicationId);
    }

    private Map<String, String> structured(String message) {
        JsonNode json;
        try {
            json = mapper.readTree(message);
        } catch (JsonProcessingException e) {
            throw SnsErrors.invalidParameter("Message Structure - JSON message body failed to parse");
        }
        if (json == null || !json.isObject() || !json.path("default").isTextual()) {
            throw SnsErrors.invalidParameter("Message Structure - No default entry in JSON message body");
        }
        Map<String, String> messages = new LinkedHashMap<>();
        json.fields().forEachRemaining(entry -> messages.put(entry.getKey(), entry.getValue().asText()));
        return messages;
    }

    private static Map<String, MessageAttribute> attributes(JsonNode attributes) {
        Map<String, MessageAttribute> read = new LinkedHashMap<>();
        attributes.fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            String type = value.path("DataType").asText("");
            MessageAttribute attribute = new MessageAttribute(type, Params.optional(value, "StringValue"),
                    Params.optional(value, "BinaryValue"));
            if (type.isEmpty() || attribute.value() == null || attribute.value().isEmpty()) {
                throw SnsErrors.invalidParameter("Message attribute '" + entry.getKey() + "' must contain non-empty "
                        + "message attribute value for message attribute type '" + type + "'.");
            }
            read.put(entry.getKey(), attribute);
        });
        return read;
    }
}
