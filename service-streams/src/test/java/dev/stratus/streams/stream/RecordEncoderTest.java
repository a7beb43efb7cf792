package dev.stratus.streams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.dynamodb.api.ChangeType;
import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.dynamodb.api.TableChange;
import dev.stratus.dynamodb.api.value.AttributeValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordEncoderTest {

    private static final String ARN =
            "arn:aws:dynamodb:us-east-1:000000000000:table/Orders/stream/2026-12-03T00:00:00.000";

    @Test
    void theSequenceNumberAndEventIdAreWrittenInOnceAssignedEvenWhenTheImagesLookLikeThem() throws Exception {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("Id", new AttributeValue.S("1"));
        item.put("SequenceNumber", new AttributeValue.S("\"SequenceNumber\":\"" + "9".repeat(21)));
        item.put("eventID", new AttributeValue.S("\"eventID\":\"" + "f".repeat(32)));
        ItemChange change = new ItemChange("000000000000", "us-east-1", "Orders", ChangeType.MODIFY,
                Map.of("Id", new AttributeValue.S("1")), item, item, 3, 90, 90, Instant.parse("2026-12-03T10:00:00Z"),
                null);
        StreamDescriptor stream = new StreamDescriptor(ARN, "000000000000", "us-east-1", "Orders",
                "2026-12-03T00:00:00.000", "NEW_AND_OLD_IMAGES", List.of(new TableChange.KeyAttribute("Id", "HASH")),
                0, StreamDescriptor.ENABLED, null, -1);

        JsonNode record = new ObjectMapper().readTree(RecordEncoder.encode(change, stream).withSequence(4711));

        assertEquals(EventIds.of(ARN, 4711), record.get("eventID").asText());
        assertEquals("100000000000000004711", record.get("dynamodb").get("SequenceNumber").asText());
        assertEquals(item.get("SequenceNumber"), new AttributeValue.S(
                record.get("dynamodb").get("NewImage").get("SequenceNumber").get("S").asText()));
        assertEquals("\"eventID\":\"" + "f".repeat(32),
                record.get("dynamodb").get("OldImage").get("eventID").get("S").asText());
    }
}
