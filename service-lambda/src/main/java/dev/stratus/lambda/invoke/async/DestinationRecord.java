package dev.stratus.lambda.invoke.async;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.invoke.InvokeOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The invocation record Lambda sends to an Event invocation's destination: the request's context and payload,
 * and the last attempt's response when one ran.
 */
final class DestinationRecord {

    static final String SUCCESS = "Success";
    static final String RETRIES_EXHAUSTED = "RetriesExhausted";
    static final String EVENT_AGE_EXCEEDED = "EventAgeExceeded";

    private DestinationRecord() {
    }

    /**
     * The record of {@code event}.
     *
     * @param arn       the function as invoked
     * @param condition {@link #SUCCESS}, {@link #RETRIES_EXHAUSTED} or {@link #EVENT_AGE_EXCEEDED}
     * @param outcome   the last attempt's outcome, or {@code null} when none ran to an answer
     */
    static ObjectNode of(AsyncEvent event, FunctionArn arn, String condition, InvokeOutcome outcome, Instant now,
                     ObjectMapper mapper) {
        ObjectNode record = mapper.createObjectNode();
        record.put("version", "1.0");
        record.put("timestamp", now.truncatedTo(ChronoUnit.MILLIS).toString());
        ObjectNode request = record.putObject("requestContext");
        request.put("requestId", event.requestId());
        request.put("functionArn", (arn.isQualified() ? arn : arn.qualified(FunctionArn.LATEST)).toString());
        request.put("condition", condition);
        request.put("approximateInvokeCount", event.attempts());
        record.set("requestPayload", document(event.payload(), mapper));
        if (outcome != null) {
            ObjectNode response = record.putObject("responseContext");
            response.put("statusCode", outcome.status());
            response.put("executedVersion", outcome.executedVersion());
            if (outcome.functionError() != null) {
                response.put("functionError", outcome.functionError());
            }
            record.set("responsePayload", document(outcome.payload(), mapper));
        }
        return record;
    }

    /** A payload as JSON when it is JSON, else as a string; {@code null} when empty. */
    private static JsonNode document(byte[] payload, ObjectMapper mapper) {
        if (payload == null || payload.length == 0) {
            return mapper.nullNode();
        }
        try {
            return mapper.readTree(payload);
        } catch (IOException e) {
            return mapper.getNodeFactory().textNode(new String(payload, StandardCharsets.UTF_8));
        }
    }
}
