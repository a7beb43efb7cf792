package dev.stratus.dynamodb.table;

import static dev.stratus.dynamodb.DynamoDbErrors.invalidParameter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.ConstraintViolations;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.dynamodb.table.TableRules.RawIndex;
import dev.stratus.dynamodb.table.TableRules.RawKeyElement;
import dev.stratus.dynamodb.table.TableRules.RawThroughput;
import dev.stratus.spi.RequestContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A CreateTable request read and checked as AWS checks it, turned into a new table's definition. */
public final class CreateTableRequest {

    private CreateTableRequest() {
    }

    /**
     * The definition the request asks for.
     *
     * @param id  the storage id the table will have
     * @param now the creation time (also the label of a stream enabled at creation)
     */
    public static TableDefinition parse(JsonNode input, RequestContext context, long id, Instant now) {
        ConstraintViolations violations = new ConstraintViolations();
        String name = TableNames.resolve(JsonInput.text(input, "TableName"));
        Map<String, String> definitions = TableRules.attributeDefinitions(input);
        List<RawKeyElement> keySchema = TableRules.keySchema(input, "keySchema", violations);
        String billing = JsonInput.text(input, "BillingMode");
        RawThroughput throughput = TableRules.throughput(input);
        List<RawIndex> globals = TableRules.indexes(input, "GlobalSecondaryIndexes", "globalSecondaryIndexes",
                violations);
        List<RawIndex> locals = TableRules.indexes(input, "LocalSecondaryIndexes", "localSecondaryIndexes",
                violations);
        JsonNode streamSpec = JsonInput.object(input, "StreamSpecification");
        violations.throwIfAny();

        KeySchema key = TableRules.resolve(keySchema, definitions, null);
        if (globals.isEmpty() && locals.isEmpty()) {
            TableRules.checkDefinitionsUsed(definitions, key, List.of());
        }
        BillingMode billingMode = billing == null ? BillingMode.PROVISIONED : BillingMode.valueOf(billing);
        List<SecondaryIndex> indexes = indexes(globals, locals, key, definitions, billingMode);
        TableRules.checkDefinitionsUsed(definitions, key, indexes);
        Throughput tableThroughput = tableThroughput(billingMode, throughput);
        String streamViewType = streamSpec == null ? null : TableRules.requestedStreamViewType(streamSpec, true);
        StreamSettings stream = streamViewType == null ? StreamSettings.NONE
                : new StreamSettings(true, streamViewType, StreamLabels.at(now));

        List<KeyElement> attributeDefinitions = new ArrayList<>();
        definitions.forEach((attribute, type) -> attributeDefinitions.add(new KeyElement(attribute, ScalarType.valueOf(type))));
        Map<String, String> tags = TagRules.read(input, "Tags");
        String tableClass = JsonInput.text(input, "TableClass");
        return new TableDefinition(id, UUID.randomUUID().toString(), context.accountId(), context.region(), name, key,
                attributeDefinitions, billingMode, billingMode == BillingMode.PAY_PER_REQUEST ? now.toEpochMilli() : 0,
                tableThroughput, indexes, stream, TimeToLiveSettings.DISABLED, tags,
                JsonInput.flag(input, "DeletionProtectionEnabled"), tableClass == null ? "STANDARD" : tableClass,
                now.toEpochMilli(), indexes.size());
    }

    private static Throughput tableThroughput(BillingMode billingMode, RawThroughput throughput) {
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
    private static List<SecondaryIndex> indexes(List<RawIndex> globals, List<RawIndex> locals, KeySchema tableKey,
                                                Map<String, String> definitions, BillingMode billingMode) {
        Set<String> names = new HashSet<>();
        List<SecondaryIndex> indexes = new ArrayList<>();
        if (!locals.isEmpty() && !tableKey.hasRange()) {
            throw invalidParameter("Table KeySchema does not have a range key, which is required when specifying "
                    + "a LocalSecondaryIndex");
        }
        for (RawIndex raw : locals) {
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
        if (locals.size() > TableRules.MAX_LOCAL_INDEXES) {
            throw invalidParameter("Number of LocalSecondaryIndexes exceeds per-table limit of "
                    + TableRules.MAX_LOCAL_INDEXES);
        }
        for (RawIndex raw : globals) {
            KeySchema key = TableRules.resolve(raw.keySchema(), definitions, raw.name());
            Projection projection = TableRules.projection(raw);
            requireUniqueName(names, raw.name());
            indexes.add(new SecondaryIndex(raw.name(), true, key, projection,
                    TableRules.indexThroughput(raw, billingMode, true), indexes.size()));
        }
        if (globals.size() > TableRules.MAX_GLOBAL_INDEXES) {
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
