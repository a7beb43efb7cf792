package dev.stratus.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test moves it; starts at the real time of its creation, in UTC. */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public TestClock() {
        this(Instant.now());
    }

    public TestClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Moves the clock forward. */
    public void advance(Duration amount) {
        now.updateAndGet(instant -> instant.plus(amount));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving instant seen in another zone: advancing either clock moves both. */
    @Override
    public Clock withZone(ZoneId otherZone) {
        return new TestClock(now, otherZone);
    }
}
