package dev.stratus.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it; starts at the real time of its creation, in UTC. When it is a
 * Stratus server's clock, {@link #advance} and {@link #set} return once the server has run every timed task that
 * became due (time-to-live expiry, stream retention and rollover, delayed and retried invocations).
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;
    /** Runs after every move: the server's due tasks. Shared by the clock's zone views. */
    private final AtomicReference<Runnable> afterMove;

    public TestClock() {
        this(Instant.now());
    }

    public TestClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC, new AtomicReference<>(() -> { }));
    }

    private TestClock(AtomicReference<Instant> now, ZoneId zone, AtomicReference<Runnable> afterMove) {
        this.now = now;
        this.zone = zone;
        this.afterMove = afterMove;
    }

    /** Moves the clock forward, then runs what became due. */
    public void advance(Duration amount) {
        now.updateAndGet(instant -> instant.plus(amount));
        afterMove.get().run();
    }

    /** Sets the clock, then runs what became due. */
    public void set(Instant instant) {
        now.set(instant);
        afterMove.get().run();
    }

    void afterEachMove(Runnable action) {
        afterMove.set(action);
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
        return new TestClock(now, otherZone, afterMove);
    }
}
