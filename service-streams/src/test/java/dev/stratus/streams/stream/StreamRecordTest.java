package dev.stratus.streams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.streams.StreamsHarness;
import dev.stratus.streams.api.ShardPosition;
import dev.stratus.streams.api.StreamRecord;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamRecordTest {

    private final StreamsHarness streams = new StreamsHarness();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "KEYS_ONLY,          false, false, 10, 10, 10",
            "NEW_IMAGE,          true,  false, 40, 40, 10",
            "OLD_IMAGE,          false, true,  10, 30, 30",
            "NEW_AND_OLD_IMAGES, true,  true,  40, 60, 30"})
    void recordsCarryTheImagesTheViewTypeAsksFor(String viewType, boolean newImages, boolean oldImages,
                                                  long insertSize, long modifySize, long removeSize) {
        String arn = streams.createTable("Orders", viewType);
        streams.insert("Orders", "a", "one");
        streams.modify("Orders", "a", "one", "two");
        streams.remove("Orders", "a", "two");

        List<JsonNode> records = readAll(arn);

        assertEquals(List.of("INSERT", "MODIFY", "REMOVE"),
                records.stream().map(record -> record.get("eventName").asText()).toList());
        JsonNode insert = records.get(0).get("dynamodb");
        JsonNode modify = records.get(1).get("dynamodb");
        JsonNode remove = records.get(2).get("dynamodb");
        assertEquals(newImages, insert.has("NewImage"));
        assertFalse(insert.has("OldImage"));
        assertEquals(newImages, modify.has("NewImage"));
        assertEquals(oldImages, modify.has("OldImage"));
        assertFalse(remove.has("NewImage"));
        assertEquals(oldImages, remove.has("OldImage"));
        if (newImages) {
            assertEquals("two", modify.get("NewImage").get("Value").get("S").asText());
        }
        if (oldImages) {
            assertEquals("one", modify.get("OldImage").get("Value").get("S").asText());
        }
        assertEquals(List.of(insertSize, modifySize, removeSize), records.stream()
                .map(record -> record.get("dynamodb").get("SizeBytes").asLong()).toList());
        records.forEach(record -> assertEquals(viewType, record.get("dynamodb").get("StreamViewType").asText()));
    }

    @Test
    void aRecordHasTheFieldsAwsWrites() {
        String arn = streams.createTable("Orders", "NEW_IMAGE");
        streams.insert("Orders", "a", "one");

        StreamRecord record = read(arn).get(0);
        JsonNode json = record.record();

        assertTrue(json.get("eventID").asText().matches("[0-9a-f]{32}"));
        assertEquals("1.1", json.get("eventVersion").asText());
        assertEquals("aws:dynamodb", json.get("eventSource").asText());
        assertEquals(StreamsHarness.REGION, json.get("awsRegion").asText());
        assertEquals("{\"Id\":{\"S\":\"a\"}}", json.get("dynamodb").get("Keys").toString());
        assertEquals(streams.clock.instant().getEpochSecond(),
                json.get("dynamodb").get("ApproximateCreationDateTime").asLong());
        assertEquals(record.sequenceNumber(), json.get("dynamodb").get("SequenceNumber").asText());
        assertFalse(json.has("userIdentity"));
        assertEquals(streams.clock.instant(), record.createdAt());
        assertEquals(40, record.sizeBytes());
    }

    @Test
    void aTimeToLiveDeletionNamesTheServiceAsItsAuthor() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        streams.expire("Orders", "a", "one");

        JsonNode identity = read(arn).get(0).record().get("userIdentity");

        assertEquals("dynamodb.amazonaws.com", identity.get("PrincipalId").asText());
        assertEquals("Service", identity.get("Type").asText());
    }

    @Test
    void sequenceNumbersRiseStrictlyAndEventIdsDiffer() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        for (int i = 0; i < 50; i++) {
            streams.insert("Orders", "item" + i, "v");
        }

        List<StreamRecord> records = read(arn);

        assertEquals(50, records.size());
        for (int i = 1; i < records.size(); i++) {
            BigInteger previous = new BigInteger(records.get(i - 1).sequenceNumber());
            assertTrue(previous.compareTo(new BigInteger(records.get(i).sequenceNumber())) < 0);
        }
        assertEquals(50, records.stream().map(record -> record.record().get("eventID").asText()).distinct().count());
    }

    @Test
    void recordsOfOneItemShareAPartitionKey() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        streams.insert("Orders", "a", "one");
        streams.modify("Orders", "a", "one", "two");
        streams.insert("Orders", "b", "one");

        List<StreamRecord> records = read(arn);

        assertEquals(records.get(0).partitionKey(), records.get(1).partitionKey());
        assertFalse(records.get(0).partitionKey().equals(records.get(2).partitionKey()));
    }

    @Test
    void aTableWithoutAStreamHasNone() {
        assertNull(streams.createTable("Plain", null));
        streams.insert("Plain", "a", "one");

        assertTrue(streams.catalog.all().isEmpty());
    }

    private List<StreamRecord> read(String arn) {
        String shardId = streams.reader.shards(arn).get(0).shardId();
        return streams.reader.read(arn, shardId, new ShardPosition.TrimHorizon(), 1000).records();
    }

    private List<JsonNode> readAll(String arn) {
        return read(arn).stream().map(record -> (JsonNode) record.record()).toList();
    }
}
