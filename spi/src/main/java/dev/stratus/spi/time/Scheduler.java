package dev.stratus.spi.time;

import java.time.Duration;
import java.time.Instant;

/**
 * Runs a service's timed work by the platform {@link java.time.Clock}: a task falls due when the clock reaches
 * its time, not after a stretch of real time, so a test that moves the clock runs what became due. Tasks run one
 * at a time on the platform's thread and should be short: a task that starts long work hands it to a thread of
 * its own. A task that throws is logged and, when periodic, still runs again.
 */
public interface Scheduler {

    /** Runs {@code task} every {@code interval} of clock time, first one interval from now. */
    Scheduled every(Duration interval, String name, Runnable task);

    /** Runs {@code task} once, {@code delay} of clock time from now. */
    Scheduled after(Duration delay, String name, Runnable task);

    /**
     * Runs {@code task} once, when the clock reaches {@code time} (at once when it already has). Prefer it to
     * {@link #after} for a deadline worked out earlier: the clock may move between reading it and scheduling.
     */
    Scheduled at(Instant time, String name, Runnable task);

    /** A task handed to the scheduler. */
    interface Scheduled {
        /** The task does not run again; a run in progress finishes. */
        void cancel();
    }
}
