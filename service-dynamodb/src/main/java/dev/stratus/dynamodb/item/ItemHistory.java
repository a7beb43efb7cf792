package dev.stratus.dynamodb.item;

import dev.stratus.spi.storage.WriteBatch;
import java.time.Instant;

/**
 * Keeps what each committed write replaced, for the tables that ask for it (point-in-time recovery), so a table
 * can be restored as it was at an earlier time.
 */
public interface ItemHistory {

    /**
     * Adds to {@code batch} what the history keeps of {@code write}, committed at {@code time}, if its table keeps
     * history; called for every write that changes something, under its table's commit lock, so in commit order.
     * Must cost next to nothing for a table that keeps none.
     */
    void record(ItemWrite write, Instant time, WriteBatch batch);
}
