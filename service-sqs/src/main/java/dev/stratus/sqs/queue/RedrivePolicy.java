package dev.stratus.sqs.queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.sqs.SqsErrors;
import java.io.IOException;
import java.util.Optional;

/** A queue's {@code RedrivePolicy}: where messages go after {@code maxReceiveCount} receives. */
public record RedrivePolicy(String deadLetterTargetArn, int maxReceiveCount) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "RedrivePolicy";

    /** The policy of the attribute value, or empty when the queue has none. */
    public static Optional<RedrivePolicy> of(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parse(value));
    }

    static void validate(String value) {
        if (!value.isEmpty()) {
            parse(value);
        }
    }

    private static RedrivePolicy parse(String value) {
        JsonNode node;
        try {
            node = JSON.readTree(value);
        } catch (IOException e) {
            throw SqsErrors.invalidAttributeValue(NAME, "Redrive policy is not a valid JSON map.");
        }
        if (node == null || !node.isObject()) {
            throw SqsErrors.invalidAttributeValue(NAME, "Redrive policy is not a valid JSON map.");
        }
        JsonNode arn = node.get("deadLetterTargetArn");
        JsonNode count = node.get("maxReceiveCount");
        if (arn == null || !arn.isTextual()) {
            throw SqsErrors.invalidAttributeValue(NAME, "Redrive policy does not contain mandatory attribute: deadLetterTargetArn.");
        }
        if (count == null) {
            throw SqsErrors.invalidAttributeValue(NAME, "Redrive policy does not contain mandatory attribute: maxReceiveCount.");
        }
        int receives;
        try {
            receives = Integer.parseInt(count.asText());
        } catch (NumberFormatException e) {
            throw SqsErrors.invalidAttributeValue(NAME, "Invalid value for maxReceiveCount: " + count.asText()
                    + ", valid values are from 1 to 1000 both inclusive.");
        }
        if (receives < 1 || receives > 1000) {
            throw SqsErrors.invalidAttributeValue(NAME, "Invalid value for maxReceiveCount: " + receives
                    + ", valid values are from 1 to 1000 both inclusive.");
        }
        return new RedrivePolicy(arn.asText(), receives);
    }
}
