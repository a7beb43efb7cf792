package dev.stratus.sqs.poll;

import dev.stratus.spi.ServiceLifecycle;
import dev.stratus.spi.time.Scheduler;
import dev.stratus.sqs.queue.Queue;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * ReceiveMessage's long polling without a thread per waiter: a waiting receive is a future that a message's
 * arrival in the queue, the moment an invisible message becomes visible again, or the end of the wait
 * completes. One timer thread, owned by this lifecycle, runs the retries; the moments messages become visible
 * are the platform clock's, so a test that moves its clock wakes the receives and consumers waiting for them.
 */
@Singleton
public final class LongPolls implements ServiceLifecycle {

    private final Clock clock;
    private final Scheduler scheduler;
    private final AtomicInteger waiting = new AtomicInteger();
    /** Each queue's pending visibility announcement. */
    private final Map<Queue, Announcement> announcing = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sqs-long-poll");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public LongPolls(Clock clock, Scheduler scheduler) {
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /**
     * Completes with the first non-empty answer of {@code attempt}, tried whenever the queue may have something
     * to receive, or with its answer at the end of {@code wait}. The caller has tried once already.
     */
    public <T> CompletableFuture<List<T>> await(Queue queue, Supplier<List<T>> attempt, Duration wait) {
        Waiter<T> waiter = new Waiter<>(queue, attempt, clock.millis() + wait.toMillis());
        Runnable wake = () -> timer.execute(waiter::tryNow);
        waiting.incrementAndGet();
        queue.addArrivalListener(wake);
        ScheduledFuture<?> end = timer.schedule(waiter::finish, wait.toMillis(), TimeUnit.MILLISECONDS);
        waiter.result.whenComplete((messages, failure) -> {
            queue.removeArrivalListener(wake);
            waiting.decrementAndGet();
            end.cancel(false);
            waiter.cancelRecheck();
        });
        timer.execute(waiter::tryNow);
        return waiter.result;
    }

    /**
     * Announces the queue's arrivals again when its next invisible message becomes visible, for consumers that
     * sleep until an arrival (Lambda's event source mappings) and the web console's open pages. A queue has at most
     * one announcement pending at a time (the earliest asked for); each announcement arms the next one, so many
     * receives cost one scheduled task, not one each.
     */
    public void announceWhenVisible(Queue queue) {
        OptionalLong next = queue.nextAvailableAt(clock.millis());
        if (next.isEmpty()) {
            return;
        }
        long at = next.getAsLong();
        announcing.compute(queue, (unused, pending) -> {
            if (pending != null && pending.at() <= at) {
                return pending;
            }
            if (pending != null) {
                pending.task().cancel();
            }
            return new Announcement(at, scheduler.at(Instant.ofEpochMilli(at), "sqs-visible-again",
                    () -> announce(queue, at)));
        });
    }

    private void announce(Queue queue, long at) {
        announcing.computeIfPresent(queue, (unused, pending) -> pending.at() == at ? null : pending);
        queue.visibleAgain();
        announceWhenVisible(queue);
    }

    /** A queue's pending announcement, due at {@code at} (epoch millis). */
    private record Announcement(long at, Scheduler.Scheduled task) {
    }

    /** How many receives are waiting now. */
    public int waiting() {
        return waiting.get();
    }

    @Override
    public void stop() {
        timer.shutdownNow();
    }

    /** One waiting receive. Its methods run on the timer or the scheduler thread; the monitor guards the recheck. */
    private final class Waiter<T> {
        private final Queue queue;
        private final Supplier<List<T>> attempt;
        private final long deadline;
        private final CompletableFuture<List<T>> result = new CompletableFuture<>();
        private Scheduler.Scheduled recheck;

        Waiter(Queue queue, Supplier<List<T>> attempt, long deadline) {
            this.queue = queue;
            this.attempt = attempt;
            this.deadline = deadline;
        }

        synchronized void tryNow() {
            if (result.isDone()) {
                return;
            }
            try {
                List<T> answer = attempt.get();
                if (!answer.isEmpty()) {
                    result.complete(answer);
                    return;
                }
                scheduleRecheck();
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }

        synchronized void finish() {
            if (result.isDone()) {
                return;
            }
            try {
                result.complete(attempt.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }

        /** Tries again when the next invisible message becomes visible, if that is before the deadline. */
        private void scheduleRecheck() {
            long now = clock.millis();
            OptionalLong next = queue.nextAvailableAt(now);
            if (next.isEmpty() || next.getAsLong() >= deadline) {
                return;
            }
            cancelRecheck();
            recheck = scheduler.at(Instant.ofEpochMilli(next.getAsLong()), "sqs-long-poll-recheck", this::tryNow);
        }

        synchronized void cancelRecheck() {
            if (recheck != null) {
                recheck.cancel();
            }
        }
    }
}
