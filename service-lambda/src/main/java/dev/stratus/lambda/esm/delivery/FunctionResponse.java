package dev.stratus.lambda.esm.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.runtime.InvocationResult;
import java.io.IOException;
import java.math.BigInteger;

/** How the function answered a batch, read as AWS reads stream-batch responses. */
sealed interface FunctionResponse {

    /** Every record was processed; {@code state} is the tumbling window state returned, or {@code null}. */
    record Succeeded(JsonNode state) implements FunctionResponse {
    }

    /** The records before {@code firstFailed} were processed, the rest must be retried. */
    record PartiallyFailed(int firstFailed, JsonNode state) implements FunctionResponse {
    }

    /** The whole batch failed (an error, a timeout, or a malformed partial-failure response). */
    record Failed() implements FunctionResponse {
    }

    /**
     * Reads the result. With ReportBatchItemFailures, {@code batchItemFailures} names the failed records by
     * sequence number; an empty or missing list means success, an identifier that is not in the batch (or a
     * response that is not JSON) fails the whole batch.
     */
    static FunctionResponse read(InvocationResult result, Batch batch, boolean reportBatchItemFailures,
                                 ObjectMapper mapper) {
        if (result.failed()) {
            return new Failed();
        }
        JsonNode body;
        try {
            body = result.payload() == null || result.payload().length == 0
                    ? null : mapper.readTree(result.payload());
        } catch (IOException e) {
            return reportBatchItemFailures ? new Failed() : new Succeeded(null);
        }
        if (body == null || body.isNull() || body.isMissingNode()) {
            return new Succeeded(null);
        }
        if (!body.isObject()) {
            return reportBatchItemFailures ? new Failed() : new Succeeded(null);
        }
        JsonNode state = body.get("state");
        if (!reportBatchItemFailures) {
            return new Succeeded(state);
        }
        JsonNode failures = body.get("batchItemFailures");
        if (failures == null || failures.isNull() || (failures.isArray() && failures.isEmpty())) {
            return new Succeeded(state);
        }
        if (!failures.isArray()) {
            return new Failed();
        }
        int firstFailed = Integer.MAX_VALUE;
        for (JsonNode failure : failures) {
            int index = indexOf(batch, failure.path("itemIdentifier"));
            if (index < 0) {
                return new Failed();
            }
            firstFailed = Math.min(firstFailed, index);
        }
        return new PartiallyFailed(firstFailed, state);
    }

    private static int indexOf(Batch batch, JsonNode identifier) {
        if (!identifier.isTextual() || identifier.asText().isEmpty()) {
            return -1;
        }
        BigInteger wanted;
        try {
            wanted = new BigInteger(identifier.asText());
        } catch (NumberFormatException e) {
            return -1;
        }
        for (int i = 0; i < batch.size(); i++) {
            if (batch.records().get(i).sequence().equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
