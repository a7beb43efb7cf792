package dev.stratus.lambda.esm.delivery;

import dev.stratus.spi.time.Scheduler;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * The signal a partition worker sleeps on: set by source notifications (new records, shard changes) and by stop.
 * Timed waits end when the platform clock reaches their deadline: the scheduler nudges the sleeper then, so a
 * test clock that moves ends them at once. {@code lock} guards {@code signalled} and {@code stopped}.
 */
final class Wakeup {

    private final Object lock = new Object();
    private final Clock clock;
    private final Scheduler scheduler;
    private boolean signalled;
    private boolean stopped;

    Wakeup(Clock clock, Scheduler scheduler) {
        this.clock = clock;
        this.scheduler = scheduler;
    }

    void signal() {
        synchronized (lock) {
            signalled = true;
            lock.notifyAll();
        }
    }

    void stop() {
        synchronized (lock) {
            stopped = true;
            lock.notifyAll();
        }
    }

    boolean stopped() {
        synchronized (lock) {
            return stopped;
        }
    }

    /** Waits until signalled, stopped or the clock reaches {@code deadline} ({@code null}: none); clears the signal. */
    void await(Instant deadline) throws InterruptedException {
        waitUntil(deadline, () -> signalled);
        synchronized (lock) {
            signalled = false;
        }
    }

    /** Sleeps until the clock reaches {@code time} unless stopped first; returns whether it was stopped. */
    boolean sleepUnlessStopped(Instant time) throws InterruptedException {
        waitUntil(time, () -> false);
        return stopped();
    }

    private void waitUntil(Instant deadline, BooleanSupplier done) throws InterruptedException {
        Scheduler.Scheduled nudge = deadline == null ? null
                : scheduler.at(deadline, "lambda-esm-wakeup", this::nudge);
        try {
            synchronized (lock) {
                while (!done.getAsBoolean() && !stopped && (deadline == null || clock.instant().isBefore(deadline))) {
                    lock.wait();
                }
            }
        } finally {
            if (nudge != null) {
                nudge.cancel();
            }
        }
    }

    private void nudge() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }
}
