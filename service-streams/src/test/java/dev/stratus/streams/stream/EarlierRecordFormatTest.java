package dev.stratus.streams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.storage.WriteBatch;
import dev.stratus.streams.StreamsHarness;
import dev.stratus.streams.api.ShardPosition;
import dev.stratus.streams.api.StreamRecord;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A data directory written before records were compact and keyed by a records id (each record its creation time
 * followed by its JSON, under a key that starts with the stream ARN) stays readable, and its streams go on.
 */
class EarlierRecordFormatTest {

    private final StreamsHarness streams = new StreamsHarness();

    @Test
    void recordsOfTheEarlierFormatAreReadAsTheyWereWrittenNextToCompactOnes() throws Exception {
        String arn = streams.createTable("Orders", "NEW_AND_OLD_IMAGES");
        StreamDescriptor earlier = storeAsEarlier(arn);
        Instant written = streams.clock.instant().minusMillis(1_500);
        String first = earlierJson(arn, 1, "INSERT", written);
        String second = earlierJson(arn, 2, "MODIFY", written);
        WriteBatch batch = new WriteBatch();
        streams.store.putRecord(batch, earlier, 0, 1, earlierValue(written, first));
        streams.store.putRecord(batch, earlier, 0, 2, earlierValue(written, second));
        streams.storage.commit(batch);
        StreamsHarness restarted = streams.restarted();

        restarted.insert("Orders", "b", "v");

        List<String> records = getRecords(restarted, arn);
        assertEquals(3, records.size());
        assertEquals(first, records.get(0));
        assertEquals(second, records.get(1));
        assertEquals(new SequenceNumber(3).text(),
                restarted.json.readTree(records.get(2)).get("dynamodb").get("SequenceNumber").asText());
        assertEquals(List.of(written, written, restarted.clock.instant()),
                read(restarted, arn).stream().map(StreamRecord::createdAt).toList());
    }

    @Test
    void recordsOfTheEarlierFormatPassRetentionLikeOthers() throws Exception {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        StreamDescriptor earlier = storeAsEarlier(arn);
        Instant written = streams.clock.instant();
        WriteBatch batch = new WriteBatch();
        streams.store.putRecord(batch, earlier, 0, 1, earlierValue(written, earlierJson(arn, 1, "INSERT", written)));
        streams.storage.commit(batch);
        StreamsHarness restarted = streams.restarted();
        restarted.insert("Orders", "b", "v");

        restarted.clock.advance(Duration.ofHours(24).plusMillis(1));
        restarted.maintenance.tick();

        assertEquals(List.of(), read(restarted, arn));
    }

    @Test
    void streamsCreatedAfterARestartKeepTheirRecordsApartFromEarlierOnes() {
        String older = streams.createTable("Older", "KEYS_ONLY");
        streams.insert("Older", "a", "v");
        StreamsHarness restarted = streams.restarted();

        String newer = restarted.createTable("Newer", "KEYS_ONLY");
        restarted.insert("Newer", "b", "v");
        restarted.insert("Older", "c", "v");

        assertEquals(List.of("a", "c"), ids(read(restarted, older)));
        assertEquals(List.of("b"), ids(read(restarted, newer)));
    }

    /** Stores the stream's descriptor as the earlier version wrote it: without a records id. */
    private StreamDescriptor storeAsEarlier(String arn) throws Exception {
        StreamDescriptor d = streams.catalog.find(arn).orElseThrow().descriptor();
        StreamDescriptor earlier = new StreamDescriptor(d.streamArn(), d.accountId(), d.region(), d.tableName(),
                d.label(), d.viewType(), d.keySchema(), d.createdAtMillis(), d.status(), d.disabledAtMillis(),
                d.trimmedThrough(), null);
        ObjectNode json = streams.json.valueToTree(earlier);
        json.remove("recordsId");
        streams.storage.namespace("dynamodbstreams.streams").put(arn.getBytes(StandardCharsets.UTF_8),
                streams.json.writeValueAsBytes(json));
        return earlier;
    }

    private static List<String> ids(List<StreamRecord> records) {
        return records.stream().map(record -> record.record().get("dynamodb").get("Keys").get("Id").get("S").asText())
                .toList();
    }

    private static String earlierJson(String arn, long sequence, String eventName, Instant time) {
        return "{\"eventID\":\"" + EventIds.of(arn, sequence) + "\",\"eventName\":\"" + eventName + "\","
                + "\"eventVersion\":\"1.1\",\"eventSource\":\"aws:dynamodb\",\"awsRegion\":\"us-east-1\","
                + "\"dynamodb\":{\"ApproximateCreationDateTime\":" + time.getEpochSecond() + ","
                + "\"Keys\":{\"Id\":{\"S\":\"a\"}},\"NewImage\":{\"Id\":{\"S\":\"a\"},\"Value\":{\"S\":\"é\"}},"
                + "\"SequenceNumber\":\"" + new SequenceNumber(sequence).text() + "\",\"SizeBytes\":40,"
                + "\"StreamViewType\":\"NEW_AND_OLD_IMAGES\"}}";
    }

    private static byte[] earlierValue(Instant createdAt, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(Long.BYTES + bytes.length).putLong(createdAt.toEpochMilli()).put(bytes).array();
    }

    private static List<String> getRecords(StreamsHarness streams, String arn) throws Exception {
        String shardId = streams.reader.shards(arn).get(0).shardId();
        JsonNode iterator = streams.operations.getShardIterator(streams.json.createObjectNode().put("StreamArn", arn)
                .put("ShardId", shardId).put("ShardIteratorType", "TRIM_HORIZON"), streams.context());
        JsonNode output = streams.operations.getRecords(streams.json.createObjectNode()
                .put("ShardIterator", iterator.get("ShardIterator").asText()), streams.context());
        List<String> records = new ArrayList<>();
        for (JsonNode record : output.get("Records")) {
            records.add(streams.json.writeValueAsString(record));
        }
        return records;
    }

    private static List<StreamRecord> read(StreamsHarness streams, String arn) {
        String shardId = streams.reader.shards(arn).get(0).shardId();
        return streams.reader.read(arn, shardId, new ShardPosition.TrimHorizon(), 100).records();
    }
}
