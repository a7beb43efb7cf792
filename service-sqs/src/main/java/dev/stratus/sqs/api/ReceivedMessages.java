package dev.stratus.sqs.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.sqs.message.MessageAttribute;
import dev.stratus.sqs.message.MessageDigests;
import dev.stratus.sqs.message.SqsMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes received messages as ReceiveMessage answers them: the system attributes and message attributes the
 * caller asked for, and the digest of exactly the message attributes returned.
 */
final class ReceivedMessages {

    private final ObjectMapper mapper;
    private final Set<String> systemNames;
    private final List<String> attributeNames;

    ReceivedMessages(ObjectMapper mapper, List<String> systemNames, List<String> attributeNames) {
        this.mapper = mapper;
        this.systemNames = Set.copyOf(systemNames);
        this.attributeNames = List.copyOf(attributeNames);
    }

    JsonNode write(List<SqsMessage> messages) {
        ObjectNode output = mapper.createObjectNode();
        if (messages.isEmpty()) {
            return output;
        }
        ArrayNode list = output.putArray("Messages");
        messages.forEach(message -> list.add(write(message)));
        return output;
    }

    private ObjectNode write(SqsMessage message) {
        ObjectNode node = mapper.createObjectNode()
                .put("MessageId", message.messageId())
                .put("ReceiptHandle", message.receiptHandle())
                .put("MD5OfBody", message.md5OfBody())
                .put("Body", message.body());
        Map<String, String> system = systemAttributes(message);
        if (!system.isEmpty()) {
            ObjectNode attributes = node.putObject("Attributes");
            system.forEach(attributes::put);
        }
        Map<String, MessageAttribute> selected = selectedAttributes(message);
        if (!selected.isEmpty()) {
            node.put("MD5OfMessageAttributes", MessageDigests.ofAttributes(selected));
            ObjectNode attributes = node.putObject("MessageAttributes");
            selected.forEach((name, value) -> attributes.set(name, attribute(value)));
        }
        return node;
    }

    private Map<String, String> systemAttributes(SqsMessage message) {
        Map<String, String> all = message.systemAttributeValues();
        if (!systemNames.contains("All")) {
            all.keySet().retainAll(systemNames);
        }
        return all;
    }

    private Map<String, MessageAttribute> selectedAttributes(SqsMessage message) {
        Map<String, MessageAttribute> selected = new LinkedHashMap<>();
        message.attributes().forEach((name, value) -> {
            if (attributeNames.stream().anyMatch(pattern -> matches(pattern, name))) {
                selected.put(name, value);
            }
        });
        return selected;
    }

    private static boolean matches(String pattern, String name) {
        if (pattern.equals("All") || pattern.equals(".*")) {
            return true;
        }
        if (pattern.endsWith(".*")) {
            return name.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(name);
    }

    private ObjectNode attribute(MessageAttribute value) {
        ObjectNode node = mapper.createObjectNode();
        if (value.stringValue() != null) {
            node.put("StringValue", value.stringValue());
        }
        if (value.binaryValue() != null) {
            node.put("BinaryValue", value.binaryValue());
        }
        node.put("DataType", value.dataType());
        return node;
    }
}
