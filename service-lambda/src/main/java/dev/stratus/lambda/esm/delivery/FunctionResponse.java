package dev.stratus.lambda.esm.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.runtime.InvocationResult;
import java.io.IOException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** How the function answered a batch, read as AWS reads stream-batch responses. */
sealed interface FunctionResponse {

    /** Every record was processed; {@code state} is the tumbling window state returned, or {@code null}. */
    record Succeeded(JsonNode state) implements FunctionResponse {
    }

    /**
     * The records at the {@code failed} positions (ascending, not empty) failed: a stream retries from the first,
     * a queue keeps exactly these.
     */
    record PartiallyFailed(List<Integer> failed, JsonNode state) implements FunctionResponse {

        public PartiallyFailed {
            failed = List.copyOf(failed);
        }

        int firstFailed() {
            return failed.get(0);
        }
    }

    /** The whole batch failed (an error, a timeout, or a malformed partial-failure response). */
    record Failed() implements FunctionResponse {
    }

    /**
     * Reads the result. With ReportBatchItemFailures, {@code batchItemFailures} names the failed records by
     * item identifier; an empty or missing list means success, an identifier that is not in the batch (or a
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
        SortedSet<Integer> failed = new TreeSet<>();
        for (JsonNode failure : failures) {
            int index = indexOf(batch, failure.path("itemIdentifier"));
            if (index < 0) {
                return new Failed();
            }
            failed.add(index);
        }
        return new PartiallyFailed(List.copyOf(failed), state);
    }

    private static int indexOf(Batch batch, JsonNode identifier) {
        if (!identifier.isTextual() || identifier.asText().isEmpty()) {
            return -1;
        }
        for (int i = 0; i < batch.size(); i++) {
            if (batch.records().get(i).itemIdentifier().equals(identifier.asText())) {
                return i;
            }
        }
        return -1;
    }
}
