package dev.stratus.sqs.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.ConsoleEvents;
import dev.stratus.sqs.message.NewMessage;
import dev.stratus.sqs.message.SqsMessage;
import dev.stratus.storage.memory.InMemoryStorage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The queue engine without HTTP: retention, FIFO groups, dead-lettering and what a restart reads back. */
class QueueTest {

    private static final long NOW = 1_700_000_000_000L;

    private final InMemoryStorage storage = new InMemoryStorage();
    private final Queues queues = new Queues(storage, new ObjectMapper(),
            Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC), ConsoleEvents.NONE);

    private static NewMessage message(String body, String group) {
        return new NewMessage(body, Map.of(), Map.of(), null, group, group == null ? null : body, "sender");
    }

    private static List<String> bodies(List<SqsMessage> messages) {
        return messages.stream().map(SqsMessage::body).toList();
    }

    @Test
    void creatingAQueueAndSendingReceivingAndDeletingItsMessageEachTellTheConsole() {
        List<ConsoleEvents.Notice> notices = new ArrayList<>();
        Queues watched = new Queues(storage, new ObjectMapper(), Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC),
                notices::add);
        List<Integer> counts = new ArrayList<>();
        Queue queue = watched.create(new QueueId("123456789012", "eu-west-1", "watched"), Map.of(), Map.of());
        counts.add(notices.size());
        queue.send(message("one", null), NOW);
        counts.add(notices.size());
        SqsMessage received = queue.receive(1, 30, NOW, null).received().get(0);
        counts.add(notices.size());
        queue.delete(received.receiptHandle());
        counts.add(notices.size());
        queue.receive(1, 30, NOW, null);
        counts.add(notices.size());

        assertTrue(counts.get(0) > 0 && counts.get(1) > counts.get(0) && counts.get(2) > counts.get(1)
                && counts.get(3) > counts.get(2), counts.toString());
        assertEquals(counts.get(3), counts.get(4), "an empty receive changes nothing");
        assertTrue(notices.stream().allMatch(notice -> notice.equals(
                new ConsoleEvents.Notice("sqs", "123456789012", "eu-west-1", "queue", "watched"))), notices.toString());
    }

    @Test
    void messagesOlderThanTheRetentionPeriodAreDropped() {
        Queue queue = queues.create(new QueueId("000000000000", "us-east-1", "short"),
                Map.of("MessageRetentionPeriod", "60"), Map.of());
        queue.send(message("old", null), NOW);

        assertTrue(queue.receive(10, null, NOW + 60_000, null).received().isEmpty());
        assertEquals("0", queue.attributes(NOW + 60_000).get("ApproximateNumberOfMessages"));
    }

    @Test
    void aFifoGroupIsBlockedWhileItsFirstMessageIsInFlightAndOtherGroupsAreNot() {
        Queue queue = queues.create(new QueueId("000000000000", "us-east-1", "groups.fifo"),
                Map.of("FifoQueue", "true"), Map.of());
        queue.send(message("a1", "a"), NOW);
        queue.send(message("a2", "a"), NOW);
        queue.send(message("b1", "b"), NOW);

        List<SqsMessage> first = queue.receive(1, 30, NOW, null).received();
        List<SqsMessage> second = queue.receive(10, 30, NOW, null).received();
        List<SqsMessage> afterTimeout = queue.receive(10, 30, NOW + 30_000, null).received();

        assertEquals(List.of("a1"), bodies(first));
        assertEquals(List.of("b1"), bodies(second));
        assertEquals(List.of("a1", "a2", "b1"), bodies(afterTimeout));
    }

    @Test
    void aMessageReceivedMaxReceiveCountTimesIsHandedOverForTheDeadLetterQueue() {
        Queue dead = queues.create(new QueueId("000000000000", "us-east-1", "dead"), Map.of(), Map.of());
        Queue source = queues.create(new QueueId("000000000000", "us-east-1", "source"), Map.of("RedrivePolicy",
                "{\"deadLetterTargetArn\":\"" + dead.id().arn() + "\",\"maxReceiveCount\":1}"), Map.of());
        source.send(message("poison", null), NOW);

        source.receive(1, 0, NOW, null);
        ReceiveOutcome second = source.receive(1, 0, NOW, null);

        assertTrue(second.received().isEmpty());
        assertEquals(List.of("poison"), bodies(second.deadLettered()));
        assertEquals(dead.id().arn(), second.deadLetterTargetArn());
    }

    @Test
    void queuesOverTheSameStorageReadQueuesAndMessagesBack() {
        Queue queue = queues.create(new QueueId("000000000000", "us-east-1", "kept"), Map.of(), Map.of("k", "v"));
        queue.send(message("one", null), NOW);
        queue.send(message("two", null), NOW);

        Queues reopened = new Queues(storage, new ObjectMapper(), Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC),
                ConsoleEvents.NONE);
        Queue read = reopened.get(queue.id());

        assertEquals(Map.of("k", "v"), read.tags());
        assertEquals(List.of("one", "two"), bodies(read.receive(10, null, NOW, null).received()));
    }
}
