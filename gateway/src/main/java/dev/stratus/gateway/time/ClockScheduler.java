package dev.stratus.gateway.time;

import dev.stratus.spi.time.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's {@link Scheduler}: one thread runs tasks when the platform clock reaches their time. The thread
 * looks at the clock at least every {@value #LONGEST_WAIT_MILLIS} ms, so a clock that jumps is noticed; a test
 * that moves its clock calls {@link #runDue()} to run what became due before it goes on.
 */
public final class ClockScheduler implements Scheduler, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClockScheduler.class);
    private static final long LONGEST_WAIT_MILLIS = 1000;

    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();
    /** Guards {@link #queue} and {@link #open}; {@link #changed} is signalled when either changes. */
    private final ReentrantLock queueLock = new ReentrantLock();
    private final Condition changed = queueLock.newCondition();
    private final PriorityQueue<Entry> queue =
            new PriorityQueue<>(Comparator.comparing(Entry::due).thenComparingLong(Entry::order));
    /** Held while a task runs: tasks run one at a time, and {@link #runDue()} returns after a run in progress. */
    private final ReentrantLock runLock = new ReentrantLock();
    private final Thread thread;
    private boolean open = true;

    public ClockScheduler(Clock clock) {
        this.clock = clock;
        this.thread = new Thread(this::dispatch, "stratus-scheduler");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public Scheduled every(Duration interval, String name, Runnable task) {
        return add(new Entry(name, task, interval), interval);
    }

    @Override
    public Scheduled after(Duration delay, String name, Runnable task) {
        return add(new Entry(name, task, null), delay);
    }

    @Override
    public Scheduled at(Instant time, String name, Runnable task) {
        return add(new Entry(name, task, null), time);
    }

    /** Runs, on the calling thread, every task due by the clock's current time, after any run in progress. */
    public void runDue() {
        runLock.lock();
        try {
            Entry entry;
            while ((entry = takeDue()) != null) {
                run(entry);
            }
        } finally {
            runLock.unlock();
        }
    }

    /** Stops the thread after the run in progress; tasks not run yet never run. */
    @Override
    public void close() {
        queueLock.lock();
        try {
            open = false;
            queue.clear();
            changed.signalAll();
        } finally {
            queueLock.unlock();
        }
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Scheduled add(Entry entry, Duration delay) {
        queueLock.lock();
        try {
            return add(entry, clock.instant().plus(delay));
        } finally {
            queueLock.unlock();
        }
    }

    private Scheduled add(Entry entry, Instant due) {
        queueLock.lock();
        try {
            if (open) {
                entry.schedule(due, sequence.incrementAndGet());
                queue.add(entry);
                changed.signalAll();
            }
        } finally {
            queueLock.unlock();
        }
        return entry;
    }

    private void dispatch() {
        try {
            while (awaitDue()) {
                runDue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until a task is due; {@code false} once closed. */
    private boolean awaitDue() throws InterruptedException {
        queueLock.lock();
        try {
            while (open) {
                Entry next = queue.peek();
                long wait = next == null ? LONGEST_WAIT_MILLIS
                        : Duration.between(clock.instant(), next.due()).toMillis();
                if (next != null && wait <= 0) {
                    return true;
                }
                changed.await(Math.min(Math.max(wait, 1), LONGEST_WAIT_MILLIS), TimeUnit.MILLISECONDS);
            }
            return false;
        } finally {
            queueLock.unlock();
        }
    }

    private Entry takeDue() {
        queueLock.lock();
        try {
            Entry next = queue.peek();
            return next != null && !next.due().isAfter(clock.instant()) ? queue.poll() : null;
        } finally {
            queueLock.unlock();
        }
    }

    private void run(Entry entry) {
        if (entry.cancelled) {
            return;
        }
        try {
            entry.task.run();
        } catch (RuntimeException e) {
            LOG.error("The scheduled task '{}' failed.", entry.name, e);
        }
        if (entry.interval != null && !entry.cancelled) {
            add(entry, entry.interval);
        }
    }

    /** A task in the queue; {@link #due} and {@link #order} change only under the queue lock. */
    private final class Entry implements Scheduled {
        private final String name;
        private final Runnable task;
        private final Duration interval;
        private volatile boolean cancelled;
        private Instant due;
        private long order;

        private Entry(String name, Runnable task, Duration interval) {
            this.name = name;
            this.task = task;
            this.interval = interval;
        }

        private void schedule(Instant at, long position) {
            this.due = at;
            this.order = position;
        }

        private Instant due() {
            return due;
        }

        private long order() {
            return order;
        }

        @Override
        public void cancel() {
            cancelled = true;
            queueLock.lock();
            try {
                queue.remove(this);
            } finally {
                queueLock.unlock();
            }
        }
    }
}
