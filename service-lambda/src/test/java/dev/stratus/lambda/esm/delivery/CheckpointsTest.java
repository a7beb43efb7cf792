package dev.stratus.lambda.esm.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.storage.memory.InMemoryStorage;
import dev.stratus.events.api.ReadPosition;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckpointsTest {

    private final Checkpoints checkpoints = new Checkpoints(new InMemoryStorage(), new ObjectMapper());

    @Test
    void aShardWithoutCheckpointIsReadFromItsTrimHorizon() {
        assertEquals(new ReadPosition.TrimHorizon(), Checkpoint.START.nextPosition());
    }

    @Test
    void aCheckpointedShardIsReadAfterTheLastConsumedRecord() {
        assertEquals(new ReadPosition.AfterSequenceNumber("120"), Checkpoint.after("120").nextPosition());
    }

    @Test
    void checkpointsAreKeptPerMappingAndShard() {
        checkpoints.save("m1", "shard-a", Checkpoint.after("120"));
        checkpoints.save("m1", "shard-b", Checkpoint.after("7").ended());
        checkpoints.save("m2", "shard-a", Checkpoint.after("99"));

        assertEquals(Optional.of(Checkpoint.after("120")), checkpoints.get("m1", "shard-a"));
        assertEquals(Optional.of(new Checkpoint("7", true)), checkpoints.get("m1", "shard-b"));
        assertEquals(Optional.of(Checkpoint.after("99")), checkpoints.get("m2", "shard-a"));
    }

    @Test
    void deletingAMappingsCheckpointsLeavesTheOthers() {
        checkpoints.save("m1", "shard-a", Checkpoint.after("120"));
        checkpoints.save("m10", "shard-a", Checkpoint.after("5"));

        checkpoints.deleteAll("m1");

        assertTrue(checkpoints.get("m1", "shard-a").isEmpty());
        assertEquals(Optional.of(Checkpoint.after("5")), checkpoints.get("m10", "shard-a"));
    }
}
