package dev.stratus.dynamodb.backup;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.table.BillingMode;
import dev.stratus.dynamodb.table.ConstraintViolations;
import dev.stratus.dynamodb.table.Encryption;
import dev.stratus.dynamodb.table.RequestedThroughput;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.Throughput;
import dev.stratus.spi.RequestContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * What a restore creates: the new table's name and the settings the request overrides (billing mode, provisioned
 * throughput, encryption); everything else is the source table's.
 *
 * @param billingMode          the overriding billing mode, or {@code null} to keep the source's
 * @param throughput           the overriding provisioned throughput, or {@code null}
 * @param encryptionOverridden whether the request gave {@code SSESpecificationOverride}
 * @param encryption           the overriding encryption; {@code null} for the key AWS owns
 */
public record RestoreTarget(String tableName, BillingMode billingMode, Throughput throughput,
                            boolean encryptionOverridden, Encryption encryption) {

    private static final List<String> BILLING_MODES = List.of("PROVISIONED", "PAY_PER_REQUEST");
    private static final List<String> SSE_TYPES = List.of("AES256", "KMS");

    /** The target a RestoreTableFromBackup or RestoreTableToPointInTime request names, checked as AWS checks it. */
    public static RestoreTarget of(RestoreTargetRequest request, RequestContext context,
                                   ConstraintViolations violations) {
        String name = request.targetTableName();
        violations.name(name, "targetTableName", 3, 255);
        String billing = request.billingModeOverride();
        violations.enumValue(billing, "billingModeOverride", BILLING_MODES);
        RequestedThroughput throughput = request.throughputOverride();
        Long read = throughput == null ? null : throughput.read();
        Long write = throughput == null ? null : throughput.write();
        if (throughput != null) {
            violations.notNull(read, "provisionedThroughputOverride.readCapacityUnits")
                    .atLeast(read, "provisionedThroughputOverride.readCapacityUnits", 1)
                    .notNull(write, "provisionedThroughputOverride.writeCapacityUnits")
                    .atLeast(write, "provisionedThroughputOverride.writeCapacityUnits", 1);
        }
        RestoreTargetRequest.SseOverride sse = request.sseOverride();
        violations.enumValue(sse == null ? null : sse.sseType(), "sSESpecificationOverride.sSEType", SSE_TYPES);
        violations.throwIfAny();
        if (request.indexOverrides()) {
            throw DynamoDbErrors.unavailable("Secondary index overrides on restore");
        }
        return new RestoreTarget(name, billing == null ? null : BillingMode.valueOf(billing),
                read == null ? null : Throughput.of(read, write), sse != null, encryption(sse, context));
    }

    /** The restored definition with the overrides applied. */
    TableDefinition apply(TableDefinition restored, long nowMillis) {
        BillingMode mode = billingMode == null ? restored.billingMode() : billingMode;
        Throughput capacity = throughput != null ? throughput
                : mode == restored.billingMode() ? restored.throughput() : null;
        if (mode == BillingMode.PAY_PER_REQUEST && throughput != null) {
            throw DynamoDbErrors.invalidParameter("Neither ReadCapacityUnits nor WriteCapacityUnits can be "
                    + "specified when BillingMode is PAY_PER_REQUEST");
        }
        if (mode == BillingMode.PROVISIONED && capacity == null) {
            throw DynamoDbErrors.invalidParameter("ReadCapacityUnits and WriteCapacityUnits must both be "
                    + "specified when BillingMode is PROVISIONED");
        }
        return restored.toBuilder()
                .billing(mode, mode == BillingMode.PAY_PER_REQUEST ? nowMillis : 0,
                        mode == BillingMode.PAY_PER_REQUEST ? Throughput.ON_DEMAND : capacity)
                .build();
    }

    private static Encryption encryption(RestoreTargetRequest.SseOverride sse, RequestContext context) {
        if (sse == null || !sse.enabled() || "AES256".equals(sse.sseType())) {
            return null;
        }
        String kmsPrefix = "arn:aws:kms:" + context.region() + ":" + context.accountId() + ":";
        String key = sse.kmsMasterKeyId();
        if (key == null) {
            // The key AWS manages for DynamoDB in the account (alias aws/dynamodb): one per account and region.
            UUID managed = UUID.nameUUIDFromBytes((kmsPrefix + "alias/aws/dynamodb").getBytes(StandardCharsets.UTF_8));
            return new Encryption(kmsPrefix + "key/" + managed);
        }
        if (key.startsWith("arn:")) {
            return new Encryption(key);
        }
        return new Encryption(kmsPrefix + (key.startsWith("alias/") ? key : "key/" + key));
    }
}
