package dev.stratus.sqs.queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.sqs.SqsErrors;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The attributes a queue is created or updated with, validated as AWS validates them, with AWS's defaults.
 * The computed ones (counts, timestamps, ARN) are added by {@link Queue#attributes}.
 */
public record QueueAttributes(Map<String, String> values) {

    public static final int MAX_MESSAGE_SIZE = 1_048_576;

    private static final Set<String> FIFO_ONLY = Set.of("ContentBasedDeduplication", "DeduplicationScope",
            "FifoThroughputLimit");
    private static final Set<String> READ_ONLY = Set.of("ApproximateNumberOfMessages",
            "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed", "CreatedTimestamp",
            "LastModifiedTimestamp", "QueueArn");
    private static final ObjectMapper JSON = new ObjectMapper();

    public QueueAttributes {
        values = Map.copyOf(values);
    }

    /** The attributes of a new queue: AWS's defaults overridden by the given ones. */
    public static QueueAttributes forNewQueue(boolean fifo, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("VisibilityTimeout", "30");
        values.put("MaximumMessageSize", Integer.toString(MAX_MESSAGE_SIZE));
        values.put("MessageRetentionPeriod", "345600");
        values.put("DelaySeconds", "0");
        values.put("ReceiveMessageWaitTimeSeconds", "0");
        values.put("SqsManagedSseEnabled", "true");
        if (fifo) {
            values.put("FifoQueue", "true");
            values.put("ContentBasedDeduplication", "false");
            values.put("DeduplicationScope", "queue");
            values.put("FifoThroughputLimit", "perQueue");
        }
        given.forEach((name, value) -> validate(name, value, fifo, true));
        if (!fifo && given.containsKey("FifoQueue")) {
            throw SqsErrors.invalidAttributeName("FifoQueue");
        }
        values.putAll(given);
        return new QueueAttributes(values);
    }

    /** These attributes with the given ones set (SetQueueAttributes); an empty value removes a policy. */
    public QueueAttributes with(Map<String, String> given, boolean fifo) {
        given.forEach((name, value) -> validate(name, value, fifo, false));
        Map<String, String> changed = new LinkedHashMap<>(values);
        given.forEach((name, value) -> {
            if (value.isEmpty() && (name.equals("Policy") || name.startsWith("Redrive"))) {
                changed.remove(name);
            } else {
                changed.put(name, value);
            }
        });
        return new QueueAttributes(changed);
    }

    private static void validate(String name, String value, boolean fifo, boolean creating) {
        switch (name) {
            case "DelaySeconds" -> integer(name, value, 0, 900);
            case "MaximumMessageSize" -> integer(name, value, 1024, MAX_MESSAGE_SIZE);
            case "MessageRetentionPeriod" -> integer(name, value, 60, 1_209_600);
            case "ReceiveMessageWaitTimeSeconds" -> integer(name, value, 0, 20);
            case "VisibilityTimeout" -> integer(name, value, 0, 43_200);
            case "KmsDataKeyReusePeriodSeconds" -> integer(name, value, 60, 86_400);
            case "SqsManagedSseEnabled", "ContentBasedDeduplication" -> bool(name, value);
            case "FifoQueue" -> {
                if (!creating) {
                    throw SqsErrors.invalidAttributeName(name);
                }
                bool(name, value);
            }
            case "DeduplicationScope" -> oneOf(name, value, "messageGroup", "queue");
            case "FifoThroughputLimit" -> oneOf(name, value, "perQueue", "perMessageGroupId");
            case "Policy", "RedriveAllowPolicy" -> json(name, value);
            case "RedrivePolicy" -> RedrivePolicy.validate(value);
            case "KmsMasterKeyId" -> {
            }
            default -> throw SqsErrors.invalidAttributeName(name);
        }
        if (FIFO_ONLY.contains(name) && !fifo) {
            throw SqsErrors.invalidAttributeName(name);
        }
    }

    /** Whether {@code name} is an attribute GetQueueAttributes may ask for. */
    public static boolean isKnown(String name) {
        return name.equals("All") || READ_ONLY.contains(name) || name.equals("FifoQueue") || name.equals("Policy")
                || name.equals("RedrivePolicy") || name.equals("RedriveAllowPolicy") || name.equals("KmsMasterKeyId")
                || name.equals("KmsDataKeyReusePeriodSeconds") || name.equals("SqsManagedSseEnabled")
                || FIFO_ONLY.contains(name) || name.equals("DelaySeconds") || name.equals("MaximumMessageSize")
                || name.equals("MessageRetentionPeriod") || name.equals("ReceiveMessageWaitTimeSeconds")
                || name.equals("VisibilityTimeout");
    }

    private static void integer(String name, String value, int min, int max) {
        try {
            long number = Long.parseLong(value.trim());
            if (number < min || number > max) {
                throw SqsErrors.invalidAttributeValue(name);
            }
        } catch (NumberFormatException e) {
            throw SqsErrors.invalidAttributeValue(name);
        }
    }

    private static void bool(String name, String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw SqsErrors.invalidAttributeValue(name);
        }
    }

    private static void oneOf(String name, String value, String first, String second) {
        if (!value.equals(first) && !value.equals(second)) {
            throw SqsErrors.invalidAttributeValue(name);
        }
    }

    private static void json(String name, String value) {
        if (value.isEmpty()) {
            return;
        }
        try {
            JsonNode node = JSON.readTree(value);
            if (node == null || !node.isObject()) {
                throw SqsErrors.invalidAttributeValue(name);
            }
        } catch (IOException e) {
            throw SqsErrors.invalidAttributeValue(name);
        }
    }

    public int integer(String name) {
        return Integer.parseInt(values.get(name).trim());
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    public String get(String name) {
        return values.get(name);
    }
}
