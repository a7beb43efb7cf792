package dev.stratus.streams.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ShardIteratorTest {

    private static final String ARN = "arn:aws:dynamodb:us-east-1:111122223333:table/Orders/stream/2026-01-01T00:00:00.000";
    private static final Instant ISSUED = Instant.parse("2026-01-01T10:00:00.123Z");

    @Test
    void anIteratorDecodesToWhatWasEncoded() {
        ShardIterator iterator = new ShardIterator(ARN, "shardId-00000001536019433106-c6b3c1d5", 41, ISSUED);
        assertEquals(iterator, ShardIterator.decode(iterator.encode()));
    }

    @Test
    void anIteratorStartsWithItsStreamArnAsAwsIteratorsDo() {
        String text = new ShardIterator(ARN, "shardId-00000001536019433106-c6b3c1d5", -1, ISSUED).encode();
        assertTrue(text.startsWith(ARN + "|1|"), text);
        assertTrue(text.length() <= 2048);
    }

    @Test
    void anAlteredIteratorIsRefused() {
        String text = new ShardIterator(ARN, "shardId-00000001536019433106-c6b3c1d5", 41, ISSUED).encode();
        String token = text.substring(text.indexOf("|1|") + 3);
        String payload = new String(Base64.getUrlDecoder().decode(token)).replace("/41/", "/40/");
        String forged = ARN + "|1|" + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes());
        assertThrows(IllegalArgumentException.class, () -> ShardIterator.decode(forged));
        assertThrows(IllegalArgumentException.class,
                () -> ShardIterator.decode(text.replace("table/Orders", "table/Others")));
    }

    @Test
    void garbageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ShardIterator.decode("not-an-iterator"));
        assertThrows(IllegalArgumentException.class, () -> ShardIterator.decode(ARN + "|1|!!!"));
        assertThrows(IllegalArgumentException.class, () -> ShardIterator.decode(ARN + "|1|"));
        assertThrows(IllegalArgumentException.class, () -> ShardIterator.decode(null));
    }

    @Test
    void anIteratorExpiresFifteenMinutesAfterIssue() {
        ShardIterator iterator = new ShardIterator(ARN, "shardId-00000001536019433106-c6b3c1d5", 0, ISSUED);
        assertFalse(iterator.expiredAt(ISSUED.plus(Duration.ofMinutes(15))));
        assertTrue(iterator.expiredAt(ISSUED.plus(Duration.ofMinutes(15)).plusMillis(1)));
    }
}
