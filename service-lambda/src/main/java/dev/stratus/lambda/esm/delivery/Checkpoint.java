package dev.stratus.lambda.esm.delivery;

import dev.stratus.events.api.ReadPosition;

/**
 * How far a mapping got in one partition (a stream's shard).
 *
 * @param sequenceNumber the last record consumed (delivered or filtered out), or {@code null} for none yet
 * @param shardEnded     the shard is closed and every record of it was consumed: its children may start
 */
public record Checkpoint(String sequenceNumber, boolean shardEnded) {

    public static final Checkpoint START = new Checkpoint(null, false);

    public static Checkpoint after(String sequenceNumber) {
        return new Checkpoint(sequenceNumber, false);
    }

    public Checkpoint ended() {
        return new Checkpoint(sequenceNumber, true);
    }

    /** Where the next read starts. */
    public ReadPosition nextPosition() {
        return sequenceNumber == null
                ? new ReadPosition.TrimHorizon()
                : new ReadPosition.AfterSequenceNumber(sequenceNumber);
    }
}
