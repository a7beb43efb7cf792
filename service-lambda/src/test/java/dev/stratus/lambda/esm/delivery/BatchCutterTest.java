package dev.stratus.lambda.esm.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.events.api.SourceRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchCutterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void cutsAtTheBatchSize() {
        List<Batch> batches = new BatchCutter(2, Long.MAX_VALUE, Duration.ZERO).cut(records(5, T0));
        assertEquals(List.of(2, 2, 1), sizes(batches));
    }

    @Test
    void cutsBeforeTheRecordThatWouldExceedThePayloadLimit() {
        List<PendingRecord> records = records(4, T0);
        long twoRecords = records.get(0).json().length + records.get(1).json().length + 2L;
        List<Batch> batches = new BatchCutter(100, twoRecords, Duration.ZERO).cut(records);
        assertEquals(List.of(2, 2), sizes(batches));
    }

    @Test
    void cutsAtATumblingWindowBoundary() {
        List<PendingRecord> records = new ArrayList<>(records(2, T0.plusSeconds(28)));
        records.addAll(records(2, T0.plusSeconds(31)));
        List<Batch> batches = new BatchCutter(100, Long.MAX_VALUE, Duration.ofSeconds(30)).cut(records);
        assertEquals(List.of(2, 2), sizes(batches));
    }

    @Test
    void bisectionSplitsABatchInTwoHalves() {
        Batch batch = Batch.of(records(5, T0));
        assertEquals(List.of(3, 2), sizes(batch.halves()));
        assertEquals(batch.records().get(3), batch.halves().get(1).first());
    }

    @Test
    void anEventHoldsTheRecordsInOrder() throws Exception {
        Batch batch = Batch.of(records(2, T0));
        var event = MAPPER.readTree(EventPayload.records(batch));
        assertEquals(2, event.path("Records").size());
        assertEquals("1", event.path("Records").get(0).path("dynamodb").path("SequenceNumber").asText());
        assertEquals("arn:stream", event.path("Records").get(1).path("eventSourceARN").asText());
    }

    private static List<Integer> sizes(List<Batch> batches) {
        return batches.stream().map(Batch::size).toList();
    }

    static List<PendingRecord> records(int count, Instant at) {
        List<PendingRecord> records = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ObjectNode record = MAPPER.createObjectNode();
            record.put("eventName", "INSERT");
            record.putObject("dynamodb").put("SequenceNumber", String.valueOf(i));
            record.put("eventSourceARN", "arn:stream");
            records.add(PendingRecord.of(new SourceRecord(String.valueOf(i), record, "k" + i, at), MAPPER));
        }
        return records;
    }
}
