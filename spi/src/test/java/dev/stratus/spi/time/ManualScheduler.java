package dev.stratus.spi.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link Scheduler} for unit tests: nothing runs until the test calls {@link #runDue()}, which runs, in due
 * order, every task the clock has reached.
 */
public final class ManualScheduler implements Scheduler {

    private final Clock clock;
    private final List<Entry> entries = new ArrayList<>();

    public ManualScheduler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Scheduled every(Duration interval, String name, Runnable task) {
        return add(new Entry(clock.instant().plus(interval), interval, task));
    }

    @Override
    public synchronized Scheduled after(Duration delay, String name, Runnable task) {
        return add(new Entry(clock.instant().plus(delay), null, task));
    }

    @Override
    public synchronized Scheduled at(Instant time, String name, Runnable task) {
        return add(new Entry(time, null, task));
    }

    /** Runs every task due by the clock's current time; returns how many runs there were. */
    public int runDue() {
        int runs = 0;
        Entry next;
        while ((next = takeDue()) != null) {
            next.task.run();
            runs++;
        }
        return runs;
    }

    /** How many tasks wait to run. */
    public synchronized int pending() {
        return entries.size();
    }

    private synchronized Entry takeDue() {
        Instant now = clock.instant();
        Entry due = entries.stream().filter(e -> !e.due.isAfter(now))
                .min(Comparator.comparing(e -> e.due)).orElse(null);
        if (due != null) {
            entries.remove(due);
            if (due.interval != null) {
                entries.add(new Entry(now.plus(due.interval), due.interval, due.task));
            }
        }
        return due;
    }

    private Scheduled add(Entry entry) {
        entries.add(entry);
        return () -> {
            synchronized (this) {
                entries.removeIf(e -> e.task == entry.task);
            }
        };
    }

    private record Entry(Instant due, Duration interval, Runnable task) {
    }
}
