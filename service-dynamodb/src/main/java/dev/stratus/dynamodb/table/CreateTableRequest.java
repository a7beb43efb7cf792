package dev.stratus.dynamodb.table;

import static dev.stratus.dynamodb.DynamoDbErrors.invalidParameter;

import dev.stratus.spi.RequestContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A CreateTable request as read, its attribute definitions distinct by name; {@link #definition} checks it as AWS
 * does and makes the new table's definition.
 *
 * @param billingMode      {@code null} when the request names none (provisioned)
 * @param throughput       {@code null} when the request gives none
 * @param globalIndexes    empty when the request gives none
 * @param localIndexes     empty when the request gives none
 * @param stream           {@code null} when the request gives no StreamSpecification
 * @param tableClass       {@code null} when the request names none (standard)
 */
public record CreateTableRequest(String tableName, List<KeyElement> attributeDefinitions,
                                 List<KeySchemaElement> keySchema, BillingMode billingMode,
                                 RequestedThroughput throughput, List<IndexRequest> globalIndexes,
                                 List<IndexRequest> localIndexes, StreamRequest stream, List<Tag> tags,
                                 boolean deletionProtection, String tableClass) {

    public CreateTableRequest {
        attributeDefinitions = List.copyOf(attributeDefinitions);
        keySchema = List.copyOf(keySchema);
        globalIndexes = List.copyOf(globalIndexes);
        localIndexes = List.copyOf(localIndexes);
        tags = List.copyOf(tags);
    }

    /**
     * The definition the request asks for, checked in AWS's order.
     *
     * @param id  the storage id the table will have
     * @param now the creation time (also the label of a stream enabled at creation)
     */
    public TableDefinition definition(RequestContext context, long id, Instant now) {
        Map<String, ScalarType> definitions = TableRules.byName(attributeDefinitions);
        KeySchema key = TableRules.resolve(keySchema, definitions, null);
        if (globalIndexes.isEmpty() && localIndexes.isEmpty()) {
            TableRules.checkDefinitionsUsed(definitions, key, List.of());
        }
        BillingMode billing = billingMode == null ? BillingMode.PROVISIONED : billingMode;
        List<SecondaryIndex> indexes = indexes(key, definitions, billing);
        TableRules.checkDefinitionsUsed(definitions, key, indexes);
        Throughput tableThroughput = tableThroughput(billing, throughput);
        String streamViewType = stream == null ? null : TableRules.requestedStreamViewType(stream, true);
        StreamSettings streamSettings = streamViewType == null ? StreamSettings.NONE
                : new StreamSettings(true, streamViewType, StreamLabels.at(now));
        Map<String, String> checkedTags = TagRules.check(tags);
        return new TableDefinition(id, UUID.randomUUID().toString(), context.accountId(), context.region(), tableName,
                key, attributeDefinitions, billing, billing == BillingMode.PAY_PER_REQUEST ? now.toEpochMilli() : 0,
                tableThroughput, indexes, streamSettings, TimeToLiveSettings.DISABLED, checkedTags,
                deletionProtection, tableClass == null ? "STANDARD" : tableClass, now.toEpochMilli(), indexes.size());
    }

    /**
     * The secondary indexes the request asks for, each checked as CreateTable checks it, attribute definitions no
     * key uses allowed: how a restore's index overrides are checked against the restored table's definitions.
     */
    public List<SecondaryIndex> secondaryIndexes() {
        Map<String, ScalarType> definitions = TableRules.byName(attributeDefinitions);
        KeySchema key = TableRules.resolve(keySchema, definitions, null);
        return indexes(key, definitions, billingMode == null ? BillingMode.PROVISIONED : billingMode);
    }

    private static Throughput tableThroughput(BillingMode billingMode, RequestedThroughput throughput) {
        if (billingMode == BillingMode.PAY_PER_REQUEST) {
            if (throughput != null) {
                throw invalidParameter("Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when "
                        + "BillingMode is PAY_PER_REQUEST");
            }
            return Throughput.ON_DEMAND;
        }
        if (throughput == null) {
            throw invalidParameter("ReadCapacityUnits and WriteCapacityUnits must both be specified when "
                    + "BillingMode is PROVISIONED");
        }
        return Throughput.of(throughput.read(), throughput.write());
    }

    /** The indexes, checked in AWS's order: local ones, then global ones, each index whole before the next. */
    private List<SecondaryIndex> indexes(KeySchema tableKey, Map<String, ScalarType> definitions,
                                         BillingMode billingMode) {
        Set<String> names = new HashSet<>();
        List<SecondaryIndex> indexes = new ArrayList<>();
        if (!localIndexes.isEmpty() && !tableKey.hasRange()) {
            throw invalidParameter("Table KeySchema does not have a range key, which is required when specifying "
                    + "a LocalSecondaryIndex");
        }
        for (IndexRequest raw : localIndexes) {
            KeySchema key = TableRules.resolve(raw.keySchema(), definitions, raw.name());
            checkLocalKey(raw.name(), key, tableKey);
            Projection projection = TableRules.projection(raw);
            requireUniqueName(names, raw.name());
            if (raw.throughput() != null) {
                throw invalidParameter("ProvisionedThroughput should not be specified for local secondary index: "
                        + raw.name());
            }
            indexes.add(new SecondaryIndex(raw.name(), false, key, projection, Throughput.ON_DEMAND, indexes.size()));
        }
        if (localIndexes.size() > TableRules.MAX_LOCAL_INDEXES) {
            throw invalidParameter("Number of LocalSecondaryIndexes exceeds per-table limit of "
                    + TableRules.MAX_LOCAL_INDEXES);
        }
        for (IndexRequest raw : globalIndexes) {
            KeySchema key = TableRules.resolveGlobal(raw.keySchema(), definitions, raw.name());
            Projection projection = TableRules.projection(raw);
            requireUniqueName(names, raw.name());
            indexes.add(new SecondaryIndex(raw.name(), true, key, projection,
                    TableRules.indexThroughput(raw, billingMode, true), indexes.size()));
        }
        if (globalIndexes.size() > TableRules.MAX_GLOBAL_INDEXES) {
            throw invalidParameter("GlobalSecondaryIndex count exceeds the per-table limit of "
                    + TableRules.MAX_GLOBAL_INDEXES);
        }
        TableRules.checkProjectedAttributeLimit(indexes);
        return indexes;
    }

    private static void requireUniqueName(Set<String> names, String name) {
        if (!names.add(name)) {
            throw invalidParameter("Duplicate index name: " + name);
        }
    }

    private static void checkLocalKey(String indexName, KeySchema key, KeySchema tableKey) {
        if (!key.hasRange()) {
            throw invalidParameter("Index KeySchema does not have a range key for index: " + indexName);
        }
        if (!key.hash().name().equals(tableKey.hash().name())) {
            throw invalidParameter("Index KeySchema does not have the same leading hash key as table KeySchema "
                    + "for index: " + indexName + ". index hash key: " + key.hash().name()
                    + ", table hash key: " + tableKey.hash().name());
        }
    }

}
