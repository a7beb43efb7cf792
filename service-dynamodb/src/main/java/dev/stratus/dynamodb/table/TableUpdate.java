package dev.stratus.dynamodb.table;

import static dev.stratus.dynamodb.DynamoDbErrors.invalidParameter;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.api.TableChange;
import dev.stratus.spi.AwsServiceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an UpdateTable request changes: the new definition, the indexes to fill or drop, and the stream change
 * to publish.
 *
 * @param streamChange STREAM_ENABLED, STREAM_DISABLED, or {@code null} when the stream is untouched
 */
public record TableUpdate(TableDefinition definition, List<SecondaryIndex> addedIndexes,
                          List<SecondaryIndex> removedIndexes, TableChange.Kind streamChange) {

    /** What {@code request} makes of the table {@code current}, checked as AWS checks it. */
    public static TableUpdate of(UpdateTableRequest request, TableDefinition current, Instant now) {
        Map<String, ScalarType> newDefinitions = request.attributeDefinitions() == null ? null
                : TableRules.byName(request.attributeDefinitions());
        BillingMode billing = request.billingMode();
        RequestedThroughput throughput = request.throughput();
        List<IndexUpdate> indexUpdates = request.indexUpdates();
        StreamRequest streamSpec = request.streamSpecification();
        Boolean deletionProtection = request.deletionProtectionEnabled();
        String tableClass = request.tableClass();
        if (billing == null && throughput == null && indexUpdates == null && streamSpec == null
                && deletionProtection == null && tableClass == null) {
            throw DynamoDbErrors.validation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                    + "GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, MultiAccountReplicaReady, "
                    + "ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled, OnDemandThroughput, "
                    + "WarmThroughput or TableClass is required");
        }

        TableDefinition.Builder next = current.toBuilder();
        long nowMillis = now.toEpochMilli();
        BillingMode billingMode = billing == null ? current.billingMode() : billing;
        updateBilling(current, next, billingMode, throughput, nowMillis);

        Map<String, ScalarType> definitions = new LinkedHashMap<>();
        current.attributeDefinitions().forEach(element -> definitions.put(element.name(), element.type()));
        if (newDefinitions != null) {
            // An attribute the table already defines keeps its type: AWS ignores a redeclaration with another.
            newDefinitions.forEach(definitions::putIfAbsent);
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
                                      RequestedThroughput throughput, long nowMillis) {
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

    private static AwsServiceException unchangedThroughput(Throughput now, RequestedThroughput requested) {
        return DynamoDbErrors.validation("The provisioned throughput for the table will not change. The requested "
                + "value equals the current value. Current ReadCapacityUnits provisioned for the table: "
                + now.readCapacityUnits() + ". Requested ReadCapacityUnits: " + requested.read()
                + ". Current WriteCapacityUnits provisioned for the table: " + now.writeCapacityUnits()
                + ". Requested WriteCapacityUnits: " + requested.write() + ". Refer to the Amazon DynamoDB "
                + "Developer Guide for current limits and how to request higher limits.");
    }

    private static void applyIndexUpdates(List<IndexUpdate> updates, TableDefinition current,
                                          TableDefinition.Builder next, Map<String, ScalarType> definitions,
                                          boolean definitionsSent, BillingMode billingMode, long nowMillis,
                                          List<SecondaryIndex> added, List<SecondaryIndex> removed) {
        int creates = 0;
        Set<String> named = new HashSet<>();
        for (int i = 0; i < updates.size(); i++) {
            IndexUpdate update = updates.get(i);
            String member = "globalSecondaryIndexUpdates." + (i + 1) + ".member";
            IndexRequest create = update.create();
            String delete = update.delete();
            IndexUpdate.ThroughputUpdate change = update.update();
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
                checkOneUpdatePerIndex(named, create.name());
                if (current.index(create.name()).isPresent()) {
                    throw DynamoDbErrors.validation("Attempting to create an index which already exists");
                }
                if (!definitionsSent) {
                    throw invalidParameter("AttributeDefinitions is not specified for index: " + create.name());
                }
                SecondaryIndex index = new SecondaryIndex(create.name(), true,
                        TableRules.resolveGlobal(create.keySchema(), definitions, create.name()),
                        TableRules.projection(create),
                        TableRules.indexThroughput(create, billingMode, false), 0);
                next.addIndex(index);
                added.add(index);
            } else if (delete != null) {
                checkOneUpdatePerIndex(named, delete);
                SecondaryIndex index = existingGlobal(current, delete, "delete");
                next.indexes().remove(index);
                removed.add(index);
            } else if (change != null) {
                String name = change.indexName();
                checkOneUpdatePerIndex(named, name);
                existingGlobal(current, name, "update");
                RequestedThroughput throughput = change.throughput();
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

    private static void checkOneUpdatePerIndex(Set<String> named, String index) {
        if (!named.add(index)) {
            throw invalidParameter("Only one global secondary index update per index is allowed simultaneously. "
                    + "Index: " + index);
        }
    }

    /** The global index an update or delete names; AWS refuses any other name the same way. */
    private static SecondaryIndex existingGlobal(TableDefinition table, String name, String action) {
        return table.index(name).filter(SecondaryIndex::global)
                .orElseThrow(() -> DynamoDbErrors.validation("Cannot " + action
                        + " an index that is not a GlobalSecondaryIndex: " + name));
    }

    /** The definitions the new key schemas use; a newly sent definition nothing uses is refused. */
    private static List<KeyElement> usedDefinitions(Map<String, ScalarType> definitions, KeySchema tableKey,
                                                    List<SecondaryIndex> indexes, Map<String, ScalarType> sent) {
        List<KeyElement> used = new ArrayList<>();
        definitions.forEach((name, type) -> {
            boolean isKey = tableKey.contains(name)
                    || indexes.stream().anyMatch(index -> index.keySchema().contains(name));
            if (isKey) {
                used.add(new KeyElement(name, type));
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

    private static TableChange.Kind updateStream(StreamRequest spec, TableDefinition current,
                                                 TableDefinition.Builder next, Instant now) {
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
