package dev.stratus.dynamodb.backup;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.table.BillingMode;
import dev.stratus.dynamodb.table.ConstraintViolations;
import dev.stratus.dynamodb.table.CreateTableRequest;
import dev.stratus.dynamodb.table.Encryption;
import dev.stratus.dynamodb.table.IndexRequest;
import dev.stratus.dynamodb.table.KeySchema;
import dev.stratus.dynamodb.table.KeySchemaElement;
import dev.stratus.dynamodb.table.RequestedThroughput;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.Throughput;
import dev.stratus.spi.RequestContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What a restore creates: the new table's name and the settings the request overrides (billing mode, provisioned
 * throughput, encryption, secondary indexes); everything else is the source table's.
 *
 * @param billingMode          the overriding billing mode, or {@code null} to keep the source's
 * @param throughput           the overriding provisioned throughput, or {@code null}
 * @param encryptionOverridden whether the request gave {@code SSESpecificationOverride}
 * @param encryption           the overriding encryption; {@code null} for the key AWS owns
 * @param globalIndexes        the global secondary indexes replacing the source's, or {@code null} to keep them
 * @param localIndexes         the local secondary indexes replacing the source's, or {@code null} to keep them
 */
public record RestoreTarget(String tableName, BillingMode billingMode, Throughput throughput,
                            boolean encryptionOverridden, Encryption encryption, List<IndexRequest> globalIndexes,
                            List<IndexRequest> localIndexes) {

    public RestoreTarget {
        globalIndexes = globalIndexes == null ? null : List.copyOf(globalIndexes);
        localIndexes = localIndexes == null ? null : List.copyOf(localIndexes);
    }

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
        return new RestoreTarget(name, billing == null ? null : BillingMode.valueOf(billing),
                read == null ? null : Throughput.of(read, write), sse != null, encryption(sse, context),
                request.globalIndexOverride(), request.localIndexOverride());
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
        TableDefinition billed = restored.toBuilder()
                .billing(mode, mode == BillingMode.PAY_PER_REQUEST ? nowMillis : 0,
                        mode == BillingMode.PAY_PER_REQUEST ? Throughput.ON_DEMAND : capacity)
                .build();
        return globalIndexes == null && localIndexes == null ? billed : withIndexOverrides(billed);
    }

    /**
     * The definition with the overridden kinds of index replaced whole, the overriding indexes checked as
     * CreateTable checks them against the table's keys, and the attribute definitions no key uses any more dropped.
     */
    private TableDefinition withIndexOverrides(TableDefinition restored) {
        List<KeySchemaElement> tableKey = new ArrayList<>();
        tableKey.add(new KeySchemaElement(restored.keySchema().hash().name(), KeySchemaElement.KeyType.HASH));
        if (restored.keySchema().hasRange()) {
            tableKey.add(new KeySchemaElement(restored.keySchema().range().name(), KeySchemaElement.KeyType.RANGE));
        }
        List<SecondaryIndex> overriding = new CreateTableRequest(restored.name(), restored.attributeDefinitions(),
                tableKey, restored.billingMode(), null, globalIndexes == null ? List.of() : globalIndexes,
                localIndexes == null ? List.of() : localIndexes, null, List.of(), false, restored.tableClass())
                .secondaryIndexes();
        TableDefinition.Builder builder = restored.toBuilder();
        List<SecondaryIndex> kept = restored.indexes().stream()
                .filter(index -> index.global() ? globalIndexes == null : localIndexes == null).toList();
        builder.indexes().clear();
        Set<String> keys = keyNames(restored.keySchema());
        Stream.concat(kept.stream(), overriding.stream()).forEach(index -> {
            builder.addIndex(index);
            keys.addAll(keyNames(index.keySchema()));
        });
        return builder.attributeDefinitions(restored.attributeDefinitions().stream()
                .filter(definition -> keys.contains(definition.name())).toList()).build();
    }

    private static Set<String> keyNames(KeySchema key) {
        Set<String> names = new HashSet<>();
        key.elements().forEach(element -> names.add(element.name()));
        return names;
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
