package dev.stratus.streams.stream;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ShardIdsTest {

    private static final String ARN = "arn:aws:dynamodb:us-east-1:111122223333:table/Orders/stream/2026-01-01T00:00:00.000";

    @Test
    void shardIdsHaveAwsForm() {
        String id = ShardIds.of(ARN, 0, Instant.ofEpochMilli(1_536_019_433_106L));
        assertTrue(id.matches("shardId-00000001536019433106-[0-9a-f]{8}"), id);
        assertTrue(id.length() >= 28 && id.length() <= 65);
    }

    @Test
    void shardsOpenedAtTheSameMomentStillDiffer() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertNotEquals(ShardIds.of(ARN, 0, now), ShardIds.of(ARN, 1, now));
    }
}
