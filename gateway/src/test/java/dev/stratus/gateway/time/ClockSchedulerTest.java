package dev.stratus.gateway.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ClockSchedulerTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };

    @Test
    void aTaskRunsOnlyOnceTheClockReachesItsTime() {
        List<String> ran = new CopyOnWriteArrayList<>();
        try (ClockScheduler scheduler = new ClockScheduler(clock)) {
            scheduler.after(Duration.ofHours(1), "later", () -> ran.add("later"));
            scheduler.after(Duration.ofMinutes(1), "sooner", () -> ran.add("sooner"));

            scheduler.runDue();
            assertEquals(List.of(), ran);

            now.set(now.get().plus(Duration.ofHours(2)));
            scheduler.runDue();
            assertEquals(List.of("sooner", "later"), ran);
        }
    }

    @Test
    void aTaskForATimeTheClockHasPassedRunsAtTheNextRunDueWhateverTheClockDidMeanwhile() {
        List<String> ran = new CopyOnWriteArrayList<>();
        Instant deadline = now.get().plus(Duration.ofSeconds(20));
        try (ClockScheduler scheduler = new ClockScheduler(clock)) {
            scheduler.at(deadline, "deadline", () -> ran.add("deadline"));
            scheduler.runDue();
            assertEquals(List.of(), ran);

            now.set(deadline);
            scheduler.at(deadline.minusSeconds(5), "passed", () -> ran.add("passed"));
            scheduler.runDue();
            assertEquals(Set.of("passed", "deadline"), Set.copyOf(ran));
        }
    }

    @Test
    void aPeriodicTaskRunsOncePerRunDueAfterALongJumpAndStopsWhenCancelled() {
        List<Instant> runs = new CopyOnWriteArrayList<>();
        try (ClockScheduler scheduler = new ClockScheduler(clock)) {
            var scheduled = scheduler.every(Duration.ofSeconds(10), "sweep", () -> runs.add(clock.instant()));

            now.set(now.get().plus(Duration.ofHours(25)));
            scheduler.runDue();
            assertEquals(1, runs.size());

            scheduled.cancel();
            now.set(now.get().plus(Duration.ofHours(25)));
            scheduler.runDue();
            assertEquals(1, runs.size());
        }
    }

    @Test
    void theSchedulerThreadRunsDueTasksOnTheSystemClock() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        try (ClockScheduler scheduler = new ClockScheduler(Clock.systemUTC())) {
            scheduler.after(Duration.ofMillis(20), "soon", ran::countDown);
            assertTrue(ran.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aFailingPeriodicTaskRunsAgain() {
        List<Instant> runs = new CopyOnWriteArrayList<>();
        try (ClockScheduler scheduler = new ClockScheduler(clock)) {
            scheduler.every(Duration.ofSeconds(1), "failing", () -> {
                runs.add(clock.instant());
                throw new IllegalStateException("boom");
            });
            now.set(now.get().plusSeconds(2));
            scheduler.runDue();
            now.set(now.get().plusSeconds(2));
            scheduler.runDue();
            assertEquals(2, runs.size());
        }
    }
}
