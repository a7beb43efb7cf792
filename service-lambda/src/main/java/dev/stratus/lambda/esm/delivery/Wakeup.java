package dev.stratus.lambda.esm.delivery;

import java.time.Duration;

/**
 * The signal a shard worker sleeps on: set by stream notifications (new records, shard changes) and by stop.
 * {@code lock} guards {@code signalled} and {@code stopped}.
 */
final class Wakeup {

    private final Object lock = new Object();
    private boolean signalled;
    private boolean stopped;

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

    /** Waits until signalled or stopped, at most {@code timeout} ({@code null}: no limit), and clears the signal. */
    void await(Duration timeout) throws InterruptedException {
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!signalled && !stopped) {
                long left = deadline - System.nanoTime();
                if (timeout != null && left <= 0) {
                    break;
                }
                if (timeout == null) {
                    lock.wait();
                } else {
                    lock.wait(Math.max(1, left / 1_000_000));
                }
            }
            signalled = false;
        }
    }

    /** Sleeps for {@code delay} unless stopped first; returns whether it was stopped. */
    boolean sleepUnlessStopped(Duration delay) throws InterruptedException {
        long deadline = System.nanoTime() + delay.toNanos();
        synchronized (lock) {
            long left;
            while (!stopped && (left = deadline - System.nanoTime()) > 0) {
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return stopped;
        }
    }
}
