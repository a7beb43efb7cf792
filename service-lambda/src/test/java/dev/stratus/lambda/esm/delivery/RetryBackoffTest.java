package dev.stratus.lambda.esm.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    @Test
    void theWaitDoublesWithEachRetryUpToTheMaximum() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofMillis(100), Duration.ofMillis(500));
        assertEquals(Duration.ofMillis(100), backoff.delayBefore(1));
        assertEquals(Duration.ofMillis(200), backoff.delayBefore(2));
        assertEquals(Duration.ofMillis(400), backoff.delayBefore(3));
        assertEquals(Duration.ofMillis(500), backoff.delayBefore(4));
        assertEquals(Duration.ofMillis(500), backoff.delayBefore(60));
    }
}
