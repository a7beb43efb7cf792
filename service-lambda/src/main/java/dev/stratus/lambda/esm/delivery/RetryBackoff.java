package dev.stratus.lambda.esm.delivery;

import java.time.Duration;

/**
 * How long a failing batch waits before its next attempt: {@code initial}, doubling with each retry up to {@code max}.
 */
public record RetryBackoff(Duration initial, Duration max) {

    public Duration delayBefore(int retry) {
        int doublings = Math.max(0, Math.min(retry - 1, 30));
        long millis = initial.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
