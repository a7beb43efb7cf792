package dev.stratus.dynamodb.table;

import dev.stratus.spi.storage.WriteBatch;

/** Fills a new global secondary index from the items already in its table. */
public interface IndexBackfill {

    /** Adds the index's entries for every item of {@code table} to {@code batch}; called under the write lock. */
    void fill(Table table, SecondaryIndex index, WriteBatch batch);
}
