package dev.stratus.lambda.esm;

import dev.stratus.lambda.esm.delivery.DeliveryOptions;
import dev.stratus.lambda.esm.delivery.Subscription;
import dev.stratus.lambda.esm.filter.RecordFilter;
import java.time.Duration;
import java.util.List;

/**
 * An event source mapping as stored: a DynamoDB stream or an SQS queue, the function its records go to, and how.
 *
 * @param filterPatterns       the FilterCriteria patterns, or {@code null} when the mapping has no FilterCriteria
 * @param onFailureDestination the DestinationConfig OnFailure ARN, or {@code null}
 * @param maximumConcurrency   the ScalingConfig MaximumConcurrency of a queue's mapping, or {@code null}
 * @param enabled              whether the mapping delivers (State Enabled) or not (Disabled)
 * @param lastModifiedMillis   when the mapping was last created or updated, epoch milliseconds
 */
public record EventSourceMapping(
        String uuid,
        String accountId,
        String region,
        String eventSourceArn,
        String functionArn,
        String startingPosition,
        int batchSize,
        int maximumBatchingWindowInSeconds,
        int parallelizationFactor,
        int maximumRetryAttempts,
        int maximumRecordAgeInSeconds,
        boolean bisectBatchOnFunctionError,
        int tumblingWindowInSeconds,
        List<String> functionResponseTypes,
        String onFailureDestination,
        List<String> filterPatterns,
        Integer maximumConcurrency,
        boolean enabled,
        String stateTransitionReason,
        long lastModifiedMillis,
        String lastProcessingResult) {

    public static final String NO_RECORDS_PROCESSED = "No records processed";
    public static final String OK = "OK";
    public static final String FUNCTION_CALL_FAILED = "PROBLEM: Function call failed";
    public static final String USER_ACTION = "User action";
    public static final String REPORT_BATCH_ITEM_FAILURES = "ReportBatchItemFailures";
    /** How many batches of a queue are delivered at once without a ScalingConfig: AWS's five first pollers. */
    static final int DEFAULT_QUEUE_CONCURRENCY = 5;

    public EventSourceMapping {
        functionResponseTypes = List.copyOf(functionResponseTypes);
        filterPatterns = filterPatterns == null ? null : List.copyOf(filterPatterns);
    }

    /** {@code arn:aws:lambda:<region>:<account>:event-source-mapping:<uuid>}. */
    public String arn() {
        return "arn:aws:lambda:" + region + ":" + accountId + ":event-source-mapping:" + uuid;
    }

    /** What the delivery engine needs to run this mapping. */
    public Subscription subscription() {
        DeliveryOptions options = new DeliveryOptions(
                batchSize,
                Duration.ofSeconds(maximumBatchingWindowInSeconds),
                parallelizationFactor,
                maximumRetryAttempts,
                maximumRecordAgeInSeconds < 0 ? null : Duration.ofSeconds(maximumRecordAgeInSeconds),
                bisectBatchOnFunctionError,
                Duration.ofSeconds(tumblingWindowInSeconds),
                functionResponseTypes.contains(REPORT_BATCH_ITEM_FAILURES),
                maximumConcurrency == null ? DEFAULT_QUEUE_CONCURRENCY : maximumConcurrency,
                filterPatterns == null ? RecordFilter.acceptAll() : RecordFilter.of(filterPatterns));
        return new Subscription(uuid, eventSourceArn, functionArn, options);
    }

    public EventSourceMapping withLastProcessingResult(String result) {
        return new EventSourceMapping(uuid, accountId, region, eventSourceArn, functionArn, startingPosition, batchSize,
                maximumBatchingWindowInSeconds, parallelizationFactor, maximumRetryAttempts, maximumRecordAgeInSeconds,
                bisectBatchOnFunctionError, tumblingWindowInSeconds, functionResponseTypes, onFailureDestination,
                filterPatterns, maximumConcurrency, enabled, stateTransitionReason, lastModifiedMillis, result);
    }
}
