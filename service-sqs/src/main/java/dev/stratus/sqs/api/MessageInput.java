package dev.stratus.sqs.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.sqs.SqsErrors;
import dev.stratus.sqs.message.MessageAttribute;
import dev.stratus.sqs.message.NewMessage;
import dev.stratus.sqs.queue.Queue;
import dev.stratus.sqs.queue.QueueAttributes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads and validates one message of SendMessage or a SendMessageBatch entry for its queue. */
final class MessageInput {

    private static final int MAX_ATTRIBUTES = 10;
    private static final Pattern DATA_TYPE = Pattern.compile("(String|Number|Binary)(\\..+)?");

    private MessageInput() {
    }

    static NewMessage read(JsonNode input, Queue queue, String senderId) {
        String body = Input.required(input, "MessageBody");
        checkCharacters(body);
        boolean fifo = queue.id().isFifo();
        QueueAttributes attributes = queue.settableAttributes();
        Integer delay = Input.integer(input, "DelaySeconds", 0, 900, "DelaySeconds must be >= 0 and <= 900.");
        if (fifo && delay != null && delay != 0) {
            throw SqsErrors.invalidParameterValue("Value " + delay + " for parameter DelaySeconds is invalid. Reason: "
                    + "The request include parameter that is not valid for this queue type.");
        }
        Map<String, MessageAttribute> messageAttributes = attributes(input.get("MessageAttributes"));
        Map<String, MessageAttribute> systemAttributes = systemAttributes(input.get("MessageSystemAttributes"));
        int size = body.getBytes(StandardCharsets.UTF_8).length + size(messageAttributes);
        int limit = attributes.integer("MaximumMessageSize");
        if (size > limit) {
            throw SqsErrors.messageTooLong(limit);
        }
        String groupId = Input.optional(input, "MessageGroupId");
        String deduplicationId = Input.optional(input, "MessageDeduplicationId");
        if (fifo) {
            if (groupId == null) {
                throw SqsErrors.missingParameter("MessageGroupId");
            }
            if (deduplicationId == null) {
                if (!attributes.flag("ContentBasedDeduplication")) {
                    throw SqsErrors.invalidParameterValue("The queue should either have ContentBasedDeduplication "
                            + "enabled or MessageDeduplicationId provided explicitly");
                }
                deduplicationId = sha256(body);
            }
        } else if (deduplicationId != null) {
            throw SqsErrors.invalidParameterValue("Value " + deduplicationId + " for parameter MessageDeduplicationId is "
                    + "invalid. Reason: The request include parameter that is not valid for this queue type.");
        }
        return new NewMessage(body, messageAttributes, systemAttributes, delay, groupId, fifo ? deduplicationId : null,
                senderId);
    }

    /** The bytes a message counts against MaximumMessageSize and the batch limit. */
    static int size(JsonNode input) {
        JsonNode body = input.get("MessageBody");
        return (body == null ? 0 : body.asText().getBytes(StandardCharsets.UTF_8).length)
                + size(attributes(input.get("MessageAttributes")));
    }

    private static int size(Map<String, MessageAttribute> attributes) {
        int size = 0;
        for (Map.Entry<String, MessageAttribute> entry : attributes.entrySet()) {
            MessageAttribute value = entry.getValue();
            size += entry.getKey().getBytes(StandardCharsets.UTF_8).length
                    + value.dataType().getBytes(StandardCharsets.UTF_8).length;
            if (value.stringValue() != null) {
                size += value.stringValue().getBytes(StandardCharsets.UTF_8).length;
            }
            if (value.binaryValue() != null) {
                size += Base64.getDecoder().decode(value.binaryValue()).length;
            }
        }
        return size;
    }

    private static Map<String, MessageAttribute> attributes(JsonNode node) {
        Map<String, MessageAttribute> attributes = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            return attributes;
        }
        if (node.size() > MAX_ATTRIBUTES) {
            throw SqsErrors.invalidParameterValue("Number of message attributes [" + node.size()
                    + "] exceeds the allowed maximum [" + MAX_ATTRIBUTES + "].");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            attributes.put(entry.getKey(), attribute(entry.getKey(), entry.getValue(), "message (user)"));
        }
        return attributes;
    }

    private static Map<String, MessageAttribute> systemAttributes(JsonNode node) {
        Map<String, MessageAttribute> attributes = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            return attributes;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getKey().equals("AWSTraceHeader")) {
                throw SqsErrors.invalidParameterValue("Message system attribute name '" + entry.getKey()
                        + "' is invalid.");
            }
            attributes.put(entry.getKey(), attribute(entry.getKey(), entry.getValue(), "message system"));
        }
        return attributes;
    }

    private static MessageAttribute attribute(String name, JsonNode value, String kind) {
        String dataType = Input.optional(value, "DataType");
        if (dataType == null || dataType.isEmpty()) {
            throw SqsErrors.invalidParameterValue("The " + kind + " attribute '" + name + "' must contain a non-empty "
                    + "attribute type.");
        }
        if (!DATA_TYPE.matcher(dataType).matches()) {
            throw SqsErrors.invalidParameterValue("The type of " + kind + " attribute '" + name + "' is invalid. You "
                    + "must use only the following supported type prefixes: Binary, Number, String.");
        }
        String stringValue = Input.optional(value, "StringValue");
        String binaryValue = Input.optional(value, "BinaryValue");
        boolean binary = dataType.startsWith("Binary");
        if (binary ? binaryValue == null || binaryValue.isEmpty() : stringValue == null || stringValue.isEmpty()) {
            throw SqsErrors.invalidParameterValue("The " + kind + " attribute '" + name + "' must contain a non-empty "
                    + "message attribute value for message attribute type '" + dataType.split("\\.")[0] + "'.");
        }
        if (dataType.startsWith("Number")) {
            checkNumber(name, stringValue);
        }
        if (stringValue != null) {
            checkCharacters(stringValue);
        }
        return binary ? new MessageAttribute(dataType, null, binaryValue, null, null)
                : new MessageAttribute(dataType, stringValue, null, null, null);
    }

    private static void checkNumber(String name, String value) {
        try {
            new java.math.BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw SqsErrors.invalidParameterValue("Can't cast the value of message (user) attribute '" + name
                    + "' to a number.");
        }
    }

    /** Refuses characters outside #x9 | #xA | #xD | #x20-#xD7FF | #xE000-#xFFFD | #x10000-#x10FFFF. */
    static void checkCharacters(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed) {
                throw SqsErrors.invalidMessageContents();
            }
            i += Character.charCount(c);
        }
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks SHA-256", e);
        }
    }
}
