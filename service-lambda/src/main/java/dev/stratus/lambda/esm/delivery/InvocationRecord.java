package dev.stratus.lambda.esm.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.runtime.InvocationResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The invocation record AWS sends to a stream mapping's OnFailure destination when it gives a batch up: the
 * batch's metadata (shard, sequence range, arrival times) under the source's batch info name, not its records.
 */
final class InvocationRecord {

    /** The retries were spent. */
    static final String RETRIES_EXHAUSTED = "RetryAttemptsExhausted";
    /** The records grew older than MaximumRecordAgeInSeconds. */
    static final String RECORD_AGE_EXCEEDED = "RecordAgeExceeded";

    private InvocationRecord() {
    }

    static ObjectNode of(String condition, Subscription subscription, String batchInfoName, String shardId,
                         Batch batch, int invokeCount, InvocationResult lastResult, Instant now, ObjectMapper mapper) {
        ObjectNode record = mapper.createObjectNode();
        ObjectNode request = record.putObject("requestContext");
        request.put("requestId", UUID.randomUUID().toString());
        request.put("functionArn", subscription.functionArn());
        request.put("condition", condition);
        request.put("approximateInvokeCount", invokeCount);
        if (lastResult != null) {
            ObjectNode response = record.putObject("responseContext");
            response.put("statusCode", 200);
            response.put("executedVersion", executedVersion(subscription.functionArn()));
            if (lastResult.functionError() != null) {
                response.put("functionError", lastResult.functionError());
            }
        }
        record.put("version", "1.0");
        record.put("timestamp", now.truncatedTo(ChronoUnit.MILLIS).toString());
        ObjectNode info = record.putObject(batchInfoName);
        info.put("shardId", shardId);
        if (!batch.isEmpty()) {
            info.put("startSequenceNumber", batch.first().sequenceNumber());
            info.put("endSequenceNumber", batch.last().sequenceNumber());
            info.put("approximateArrivalOfFirstRecord", batch.first().createdAt().truncatedTo(ChronoUnit.SECONDS).toString());
            info.put("approximateArrivalOfLastRecord", batch.last().createdAt().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        info.put("batchSize", batch.size());
        info.put("streamArn", subscription.sourceArn());
        return record;
    }

    private static String executedVersion(String functionArn) {
        String[] parts = functionArn.split(":");
        return parts.length > 7 && !parts[7].isEmpty() ? parts[7] : "$LATEST";
    }
}
