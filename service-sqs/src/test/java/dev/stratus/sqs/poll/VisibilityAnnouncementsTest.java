package dev.stratus.sqs.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.ConsoleEvents;
import dev.stratus.spi.time.ManualScheduler;
import dev.stratus.sqs.message.NewMessage;
import dev.stratus.sqs.queue.Queue;
import dev.stratus.sqs.queue.QueueId;
import dev.stratus.sqs.queue.Queues;
import dev.stratus.storage.memory.InMemoryStorage;
import dev.stratus.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Messages becoming visible again are announced when they do, with one scheduled task per queue however many
 * receives took them in flight.
 */
class VisibilityAnnouncementsTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final AtomicInteger announced = new AtomicInteger();
    private final Queue queue = new Queues(new InMemoryStorage(), new ObjectMapper(), clock, ConsoleEvents.NONE)
            .create(new QueueId("000000000000", "us-east-1", "busy"), Map.of(), Map.of());
    private final LongPolls polls = new LongPolls(clock, scheduler);

    private void sendAndReceive(int visibilitySeconds) {
        queue.send(new NewMessage("body", Map.of(), Map.of(), null, null, null, "sender"), clock.millis());
        queue.receive(1, visibilitySeconds, clock.millis(), null);
        polls.announceWhenVisible(queue);
    }

    private void advance(Duration amount) {
        clock.advance(amount);
        scheduler.runDue();
    }

    @Test
    void manyReceivesWaitOnOneAnnouncementThatArmsTheNextWhenItRuns() {
        for (int i = 0; i < 100; i++) {
            sendAndReceive(30);
        }
        sendAndReceive(10);
        sendAndReceive(60);
        queue.addArrivalListener(announced::incrementAndGet);

        assertEquals(1, scheduler.pending(), "only the earliest, the 10 s one");
        advance(Duration.ofSeconds(10));
        assertEquals(1, announced.get());
        assertEquals(1, scheduler.pending(), "the 30 s one, armed by the 10 s one");
        advance(Duration.ofSeconds(20));
        assertEquals(2, announced.get());
        assertEquals(1, scheduler.pending(), "the 60 s one, armed by the 30 s one");
        advance(Duration.ofSeconds(30));
        assertEquals(3, announced.get());
        assertEquals(0, scheduler.pending());
    }
}
