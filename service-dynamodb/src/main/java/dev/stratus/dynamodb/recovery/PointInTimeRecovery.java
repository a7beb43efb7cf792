package dev.stratus.dynamodb.recovery;

/**
 * A table's point-in-time recovery setting, kept as the table's {@code point-in-time-recovery} attachment.
 *
 * @param enabledAtMillis when recovery was last enabled: the earliest restorable time
 */
record PointInTimeRecovery(boolean enabled, long enabledAtMillis, int recoveryPeriodInDays) {

    static final int DEFAULT_RECOVERY_PERIOD_DAYS = 35;
    static final PointInTimeRecovery DISABLED = new PointInTimeRecovery(false, 0, DEFAULT_RECOVERY_PERIOD_DAYS);

    /** The earliest restorable time: when recovery was enabled, but no further back than the recovery period. */
    long earliestRestorableMillis(long nowMillis) {
        return Math.max(enabledAtMillis, nowMillis - recoveryPeriodInDays * 86_400_000L);
    }
}
