package dev.stratus.dynamodb.recovery;

import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableAttachments;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Each table's point-in-time recovery setting, kept as its {@code point-in-time-recovery} attachment. */
@Singleton
public final class RecoverySettings {

    private static final String ATTACHMENT = "point-in-time-recovery";

    private final TableAttachments attachments;

    @Inject
    public RecoverySettings(TableAttachments attachments) {
        this.attachments = attachments;
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
        attachments.put(table.definition(), ATTACHMENT, recovery);
    }
}
