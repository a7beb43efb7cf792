package dev.stratus.dynamodb.table;

import static dev.stratus.dynamodb.DynamoDbErrors.invalidParameter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.ConstraintViolations;
import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.dynamodb.api.TableChange;
import dev.stratus.dynamodb.table.TableRules.RawIndex;
import dev.stratus.dynamodb.table.TableRules.RawThroughput;
import dev.stratus.spi.AwsServiceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an UpdateTable request changes: the new definition, the indexes to fill or drop, and the stream change
 * to publish.
 *
 * @param streamChange STREAM_ENABLED, STREAM_DISABLED, or {@code null} when the stream is untouched
 */
public record TableUpdate(TableDefinition definition, List<SecondaryIndex> addedIndexes,
                          List<SecondaryIndex> removedIndexes, TableChange.Kind streamChange) {

    public static TableUpdate parse(JsonNode input, TableDefinition current, Instant now) {
        Map<String, String> newDefinitions = TableRules.attributeDefinitions(input);
        String billing = JsonInput.text(input, "BillingMode");
        RawThroughput throughput = TableRules.throughput(input);
        List<JsonNode> indexUpdates = JsonInput.array(input, "GlobalSecondaryIndexUpdates");
        JsonNode streamSpec = JsonInput.object(input, "StreamSpecification");
        Boolean deletionProtection = JsonInput.bool(input, "DeletionProtectionEnabled");
        String tableClass = JsonInput.text(input, "TableClass");
        if (billing == null && throughput == null && indexUpdates == null && streamSpec == null
                && deletionProtection == null && tableClass == null) {
            throw DynamoDbErrors.validation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                    + "GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, MultiAccountReplicaReady, "
                    + "ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled, OnDemandThroughput, "
                    + "WarmThroughput or TableClass is required");
        }

        TableDefinition.Builder next = current.toBuilder();
        long nowMillis = now.toEpochMilli();
        BillingMode billingMode = billing == null ? current.billingMode() : BillingMode.valueOf(billing);
        updateBilling(current, next, billingMode, throughput, nowMillis);

        Map<String, String> definitions = new LinkedHashMap<>();
        current.attributeDefinitions().forEach(element -> definitions.put(element.name(), element.type().name()));
        if (newDefinitions != null) {
            definitions.putAll(newDefinitions);
        }
        List<SecondaryIndex> added = new ArrayList<>();
        List<SecondaryIndex> removed = new ArrayList<>();
        if (indexUpdates != null) {
            applyIndexUpdates(indexUpdates, current, next, definitions, newDefinitions != null, billingMode, nowMillis,
                    added, removed);
        }
        next.attributeDefinitions(usedDefinitions(definitions, current.keySchema(), next.indexes(), newDefinitions));

        TableChange.Kind streamChange = streamSpec == null ? null
                : updateStream(streamSpec, current, next, now);
        if (deletionProtection != null) {
            next.deletionProtection(deletionProtection);
        }
        if (tableClass != null) {
            next.tableClass(tableClass);
        }
        TableDefinition definition = next.build();
        List<SecondaryIndex> numbered = added.stream()
                .map(index -> definition.index(index.name()).orElseThrow())
                .toList();
        return new TableUpdate(definition, numbered, removed, streamChange);
    }

    private static void updateBilling(TableDefinition current, TableDefinition.Builder next, BillingMode billingMode,
                                      RawThroughput throughput, long nowMillis) {
        if (billingMode == BillingMode.PAY_PER_REQUEST) {
            if (throughput != null) {
                throw invalidParameter("Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when "
                        + "BillingMode is PAY_PER_REQUEST");
            }
            if (current.billingMode() != BillingMode.PAY_PER_REQUEST) {
                next.billing(BillingMode.PAY_PER_REQUEST, nowMillis, Throughput.ON_DEMAND);
                next.indexes().replaceAll(index -> index.global() ? index.withThroughput(Throughput.ON_DEMAND) : index);
            }
            return;
        }
        if (current.billingMode() == BillingMode.PAY_PER_REQUEST) {
            if (throughput == null) {
                throw invalidParameter("ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
            }
            next.billing(BillingMode.PROVISIONED, current.payPerRequestSinceMillis(),
                    Throughput.of(throughput.read(), throughput.write()));
            return;
        }
        if (throughput != null) {
            Throughput now = current.throughput();
            if (now.readCapacityUnits() == throughput.read() && now.writeCapacityUnits() == throughput.write()) {
                throw unchangedThroughput(now, throughput);
            }
            next.billing(BillingMode.PROVISIONED, current.payPerRequestSinceMillis(),
                    now.changedTo(throughput.read(), throughput.write(), nowMillis));
        }
    }

    private static AwsServiceException unchangedThroughput(Throughput now, RawThroughput requested) {
        return DynamoDbErrors.validation("The provisioned throughput for the table will not change. The requested "
                + "value equals the current value. Current ReadCapacityUnits provisioned for the table: "
                + now.readCapacityUnits() + ". Requested ReadCapacityUnits: " + requested.read()
                + ". Current WriteCapacityUnits provisioned for the table: " + now.writeCapacityUnits()
                + ". Requested WriteCapacityUnits: " + requested.write() + ". Refer to the Amazon DynamoDB "
                + "Developer Guide for current limits and how to request higher limits.");
    }

    private static void applyIndexUpdates(List<JsonNode> updates, TableDefinition current,
                                          TableDefinition.Builder next, Map<String, String> definitions,
                                          boolean definitionsSent, BillingMode billingMode, long nowMillis, List<SecondaryIndex> added,
                                          List<SecondaryIndex> removed) {
        int creates = 0;
        for (int i = 0; i < updates.size(); i++) {
            JsonNode update = updates.get(i);
            String member = "globalSecondaryIndexUpdates." + (i + 1) + ".member";
            JsonNode create = JsonInput.object(update, "Create");
            JsonNode delete = JsonInput.object(update, "Delete");
            JsonNode change = JsonInput.object(update, "Update");
            int actions = (create == null ? 0 : 1) + (delete == null ? 0 : 1) + (change == null ? 0 : 1);
            if (actions == 0) {
                throw invalidParameter("One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, "
                        + "GlobalSecondaryIndexUpdate.Delete must not be null");
            }
            if (actions > 1) {
                throw invalidParameter("Only one global secondary index action is allowed per "
                        + "GlobalSecondaryIndexUpdate object");
            }
            if (create != null) {
                creates++;
                ConstraintViolations violations = new ConstraintViolations();
                RawIndex raw = TableRules.index(create, member + ".create", violations);
                violations.throwIfAny();
                if (current.index(raw.name()).isPresent()) {
                    throw DynamoDbErrors.validation("Attempting to create an index which already exists");
                }
                if (!definitionsSent) {
                    throw invalidParameter("AttributeDefinitions is not specified for index: " + raw.name());
                }
                SecondaryIndex index = new SecondaryIndex(raw.name(), true,
                        TableRules.resolve(raw.keySchema(), definitions, raw.name()), TableRules.projection(raw),
                        TableRules.indexThroughput(raw, billingMode, false), 0);
                next.addIndex(index);
                added.add(index);
            } else if (delete != null) {
                String name = JsonInput.text(delete, "IndexName");
                SecondaryIndex index = existingGlobal(current, name, "delete");
                next.indexes().remove(index);
                removed.add(index);
            } else if (change != null) {
                String name = JsonInput.text(change, "IndexName");
                existingGlobal(current, name, "update");
                RawThroughput throughput = TableRules.throughput(change);
                new ConstraintViolations().notNull(throughput, member + ".update.provisionedThroughput").throwIfAny();
                if (billingMode == BillingMode.PAY_PER_REQUEST) {
                    throw invalidParameter("The only Updates for index: " + name + " when TableThroughputMode is "
                            + "PAY_PER_REQUEST can be to OnDemandThroughput, WarmThroughput");
                }
                next.indexes().replaceAll(existing -> existing.name().equals(name) ? existing.withThroughput(
                        existing.throughput().changedTo(throughput.read(), throughput.write(), nowMillis)) : existing);
            }
        }
        if (creates + removed.size() > 1) {
            throw DynamoDbErrors.tooManyIndexChanges();
        }
        if (next.indexes().stream().filter(SecondaryIndex::global).count() > TableRules.MAX_GLOBAL_INDEXES) {
            throw invalidParameter("GlobalSecondaryIndex count exceeds the per-table limit of "
                    + TableRules.MAX_GLOBAL_INDEXES);
        }
        TableRules.checkProjectedAttributeLimit(next.indexes());
    }

    /** The global index an update or delete names; AWS refuses any other name the same way. */
    private static SecondaryIndex existingGlobal(TableDefinition table, String name, String action) {
        return table.index(name).filter(SecondaryIndex::global)
                .orElseThrow(() -> DynamoDbErrors.validation("Cannot " + action
                        + " an index that is not a GlobalSecondaryIndex: " + name));
    }

    /** The definitions the new key schemas use; a newly sent definition nothing uses is refused. */
    private static List<KeyElement> usedDefinitions(Map<String, String> definitions, KeySchema tableKey,
                                                    List<SecondaryIndex> indexes, Map<String, String> sent) {
        List<KeyElement> used = new ArrayList<>();
        definitions.forEach((name, type) -> {
            boolean isKey = tableKey.contains(name)
                    || indexes.stream().anyMatch(index -> index.keySchema().contains(name));
            if (isKey) {
                used.add(new KeyElement(name, ScalarType.valueOf(type)));
            } else if (sent != null && sent.containsKey(name)) {
                throw invalidParameter("Some AttributeDefinitions are not used. AttributeDefinitions: "
                        + sent.keySet() + ", keys used: " + keysUsed(tableKey, indexes));
            }
        });
        return used;
    }

    private static List<String> keysUsed(KeySchema tableKey, List<SecondaryIndex> indexes) {
        List<String> keys = new ArrayList<>();
        tableKey.elements().forEach(element -> keys.add(element.name()));
        indexes.forEach(index -> index.keySchema().elements().forEach(element -> {
            if (!keys.contains(element.name())) {
                keys.add(element.name());
            }
        }));
        return keys;
    }

    private static TableChange.Kind updateStream(JsonNode spec, TableDefinition current, TableDefinition.Builder next,
                                                 Instant now) {
        String viewType = TableRules.requestedStreamViewType(spec, false);
        if (viewType != null) {
            if (current.stream().enabled()) {
                throw DynamoDbErrors.streamAlreadyEnabled(current.name());
            }
            next.stream(new StreamSettings(true, viewType, StreamLabels.at(now)));
            return TableChange.Kind.STREAM_ENABLED;
        }
        if (!current.stream().enabled()) {
            throw DynamoDbErrors.streamNotEnabled(current.name());
        }
        next.stream(current.stream().disabled());
        return TableChange.Kind.STREAM_DISABLED;
    }
}
