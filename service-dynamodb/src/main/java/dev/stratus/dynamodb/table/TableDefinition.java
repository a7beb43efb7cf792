package dev.stratus.dynamodb.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a table is, as stored in {@code dynamodb.tables}; immutable, replaced whole on every change.
 *
 * @param id                       the storage id under which the table's items and index entries are kept
 * @param tableId                  the UUID DescribeTable shows
 * @param attributeDefinitions     the key attributes' types, in the caller's order
 * @param payPerRequestSinceMillis when billing last switched to on-demand, 0 if never
 * @param nextIndexNumber          the storage number the next new index gets
 * @param restoreSummary           where a restored table's data came from, {@code null} for a created table
 * @param encryption               the KMS key of a table not encrypted with the key AWS owns, else {@code null}
 */
public record TableDefinition(
        long id,
        String tableId,
        String accountId,
        String region,
        String name,
        KeySchema keySchema,
        List<KeyElement> attributeDefinitions,
        BillingMode billingMode,
        long payPerRequestSinceMillis,
        Throughput throughput,
        List<SecondaryIndex> indexes,
        StreamSettings stream,
        TimeToLiveSettings timeToLive,
        Map<String, String> tags,
        boolean deletionProtection,
        String tableClass,
        long createdAtMillis,
        int nextIndexNumber,
        RestoreSummary restoreSummary,
        Encryption encryption) {

    public TableDefinition {
        attributeDefinitions = List.copyOf(attributeDefinitions);
        indexes = List.copyOf(indexes);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** A created table's definition: not restored, encrypted with the key AWS owns. */
    public TableDefinition(long id, String tableId, String accountId, String region, String name, KeySchema keySchema,
                           List<KeyElement> attributeDefinitions, BillingMode billingMode,
                           long payPerRequestSinceMillis, Throughput throughput, List<SecondaryIndex> indexes,
                           StreamSettings stream, TimeToLiveSettings timeToLive, Map<String, String> tags,
                           boolean deletionProtection, String tableClass, long createdAtMillis, int nextIndexNumber) {
        this(id, tableId, accountId, region, name, keySchema, attributeDefinitions, billingMode,
                payPerRequestSinceMillis, throughput, indexes, stream, timeToLive, tags, deletionProtection,
                tableClass, createdAtMillis, nextIndexNumber, null, null);
    }

    public TableDefinition withId(long newId) {
        return new TableDefinition(newId, tableId, accountId, region, name, keySchema, attributeDefinitions,
                billingMode, payPerRequestSinceMillis, throughput, indexes, stream, timeToLive, tags,
                deletionProtection, tableClass, createdAtMillis, nextIndexNumber, restoreSummary, encryption);
    }

    /**
     * This table's keys, indexes, billing and class under a new name, as a restore creates it: without stream,
     * time to live, tags or deletion protection, which AWS leaves to be set up again on the restored table.
     */
    public TableDefinition restoredAs(String newName, String newTableId, long nowMillis, RestoreSummary summary,
                                      Encryption newEncryption) {
        return new TableDefinition(0, newTableId, accountId, region, newName, keySchema, attributeDefinitions,
                billingMode, billingMode == BillingMode.PAY_PER_REQUEST ? nowMillis : 0, throughput, indexes,
                StreamSettings.NONE, TimeToLiveSettings.DISABLED, Map.of(), false, tableClass, nowMillis,
                nextIndexNumber, summary, newEncryption);
    }

    public String arn() {
        return "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + name;
    }

    /** The ARN of the latest stream, or {@code null} if the table never had one. */
    public String latestStreamArn() {
        return stream.label() == null ? null : arn() + "/stream/" + stream.label();
    }

    public List<SecondaryIndex> globalIndexes() {
        return indexes.stream().filter(SecondaryIndex::global).toList();
    }

    public List<SecondaryIndex> localIndexes() {
        return indexes.stream().filter(index -> !index.global()).toList();
    }

    public Optional<SecondaryIndex> index(String indexName) {
        return indexes.stream().filter(index -> index.name().equals(indexName)).findFirst();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes a copy of a definition. */
    public static final class Builder {
        private final TableDefinition base;
        private List<KeyElement> attributeDefinitions;
        private BillingMode billingMode;
        private long payPerRequestSinceMillis;
        private Throughput throughput;
        private List<SecondaryIndex> indexes;
        private StreamSettings stream;
        private TimeToLiveSettings timeToLive;
        private Map<String, String> tags;
        private boolean deletionProtection;
        private String tableClass;
        private int nextIndexNumber;

        private Builder(TableDefinition base) {
            this.base = base;
            this.attributeDefinitions = base.attributeDefinitions;
            this.billingMode = base.billingMode;
            this.payPerRequestSinceMillis = base.payPerRequestSinceMillis;
            this.throughput = base.throughput;
            this.indexes = new ArrayList<>(base.indexes);
            this.stream = base.stream;
            this.timeToLive = base.timeToLive;
            this.tags = new LinkedHashMap<>(base.tags);
            this.deletionProtection = base.deletionProtection;
            this.tableClass = base.tableClass;
            this.nextIndexNumber = base.nextIndexNumber;
        }

        public Builder attributeDefinitions(List<KeyElement> value) {
            attributeDefinitions = value;
            return this;
        }

        public Builder billing(BillingMode mode, long payPerRequestSince, Throughput value) {
            billingMode = mode;
            payPerRequestSinceMillis = payPerRequestSince;
            throughput = value;
            return this;
        }

        public List<SecondaryIndex> indexes() {
            return indexes;
        }

        /** Adds a new index, giving it the next storage number. */
        public Builder addIndex(SecondaryIndex index) {
            indexes.add(new SecondaryIndex(index.name(), index.global(), index.keySchema(), index.projection(),
                    index.throughput(), nextIndexNumber++));
            return this;
        }

        public Builder stream(StreamSettings value) {
            stream = value;
            return this;
        }

        public Builder timeToLive(TimeToLiveSettings value) {
            timeToLive = value;
            return this;
        }

        public Map<String, String> tags() {
            return tags;
        }

        public Builder deletionProtection(boolean value) {
            deletionProtection = value;
            return this;
        }

        public Builder tableClass(String value) {
            tableClass = value;
            return this;
        }

        public TableDefinition build() {
            return new TableDefinition(base.id, base.tableId, base.accountId, base.region, base.name, base.keySchema,
                    attributeDefinitions, billingMode, payPerRequestSinceMillis, throughput, indexes, stream,
                    timeToLive, tags, deletionProtection, tableClass, base.createdAtMillis, nextIndexNumber,
                    base.restoreSummary, base.encryption);
        }
    }
}
