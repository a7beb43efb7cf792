package dev.stratus.dynamodb.recovery;

import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableAttachments;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Each table's point-in-time recovery setting, kept as its {@code point-in-time-recovery} attachment. */
@Singleton
public final class RecoverySettings {

    private static final String ATTACHMENT = "point-in-time-recovery";

    private final TableAttachments attachments;
    private final Storage storage;

    @Inject
    public RecoverySettings(TableAttachments attachments, Storage storage) {
        this.attachments = attachments;
        this.storage = storage;
    }

    PointInTimeRecovery of(Table table) {
        return attachments.get(table.definition(), ATTACHMENT, PointInTimeRecovery.class)
                .orElse(PointInTimeRecovery.DISABLED);
    }

    /** Refuses, as AWS does, an operation that needs point-in-time recovery on a table without it. */
    public void requireEnabled(Table table) {
        if (!of(table).enabled()) {
            throw RecoveryErrors.notEnabled(table.name());
        }
    }

    /** Stores the table's new setting; the caller holds the table's write lock. */
    void set(Table table, PointInTimeRecovery recovery) {
        WriteBatch batch = new WriteBatch();
        attachments.put(table.definition(), ATTACHMENT, recovery, batch);
        storage.commit(batch);
    }
}
