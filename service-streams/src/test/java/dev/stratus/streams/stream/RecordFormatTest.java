package dev.stratus.streams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.dynamodb.api.ChangeType;
import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.dynamodb.api.value.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordFormatTest {

    private static final String ARN =
            "arn:aws:dynamodb:us-east-1:000000000000:table/Orders/stream/2026-12-03T00:00:00.000";

    @Test
    void writesTheRecordFieldsInAwsOrderWithBothImagesAndTheServiceIdentity() {
        Map<String, AttributeValue> keys = Map.of("Id", AttributeValue.s("a"));
        Map<String, AttributeValue> oldImage = new LinkedHashMap<>(keys);
        oldImage.put("Value", AttributeValue.s("one \"é\""));
        Map<String, AttributeValue> newImage = new LinkedHashMap<>(keys);
        newImage.put("Count", AttributeValue.n("1.50e1"));
        newImage.put("Tags", new AttributeValue.L(List.of(AttributeValue.ss("x"), new AttributeValue.Null())));
        ItemChange change = new ItemChange("000000000000", "us-east-1", "Orders", ChangeType.MODIFY, keys,
                oldImage, newImage, 3, 20, 30, Instant.ofEpochSecond(1_700_000_000L),
                ItemChange.UserIdentity.timeToLive());
        StreamDescriptor stream = new StreamDescriptor(ARN, "000000000000", "us-east-1", "Orders",
                "2026-12-03T00:00:00.000", "NEW_AND_OLD_IMAGES", List.of(), 0, StreamDescriptor.ENABLED, null, -1, 0L);

        byte[] stored = RecordFormat.encode(change, stream);
        String record = new String(RecordFormat.json(stored, stream, 7), StandardCharsets.UTF_8);

        assertEquals("{\"eventID\":\"" + EventIds.of(ARN, 7) + "\",\"eventName\":\"MODIFY\",\"eventVersion\":\"1.1\","
                + "\"eventSource\":\"aws:dynamodb\",\"awsRegion\":\"us-east-1\",\"dynamodb\":{"
                + "\"ApproximateCreationDateTime\":1700000000,\"Keys\":{\"Id\":{\"S\":\"a\"}},"
                + "\"NewImage\":{\"Id\":{\"S\":\"a\"},\"Count\":{\"N\":\"15\"},"
                + "\"Tags\":{\"L\":[{\"SS\":[\"x\"]},{\"NULL\":true}]}},"
                + "\"OldImage\":{\"Id\":{\"S\":\"a\"},\"Value\":{\"S\":\"one \\\"é\\\"\"}},"
                + "\"SequenceNumber\":\"" + new SequenceNumber(7).text() + "\",\"SizeBytes\":53,"
                + "\"StreamViewType\":\"NEW_AND_OLD_IMAGES\"},"
                + "\"userIdentity\":{\"PrincipalId\":\"dynamodb.amazonaws.com\",\"Type\":\"Service\"}}", record);
    }

    @Test
    void writesAKeysOnlyRecordWithTheSecondOfItsMillisecondTimeAndNoIdentity() {
        Map<String, AttributeValue> keys = Map.of("Id", AttributeValue.s("a"));
        ItemChange change = new ItemChange("000000000000", "eu-west-1", "Orders", ChangeType.REMOVE, keys,
                keys, null, 3, 3, 0, Instant.ofEpochMilli(1_700_000_000_999L), null);
        StreamDescriptor stream = new StreamDescriptor(ARN, "000000000000", "eu-west-1", "Orders",
                "2026-12-03T00:00:00.000", "KEYS_ONLY", List.of(), 0, StreamDescriptor.ENABLED, null, -1, 0L);

        byte[] stored = RecordFormat.encode(change, stream);

        assertEquals("{\"eventID\":\"" + EventIds.of(ARN, 12) + "\",\"eventName\":\"REMOVE\",\"eventVersion\":\"1.1\","
                + "\"eventSource\":\"aws:dynamodb\",\"awsRegion\":\"eu-west-1\",\"dynamodb\":{"
                + "\"ApproximateCreationDateTime\":1700000000,\"Keys\":{\"Id\":{\"S\":\"a\"}},"
                + "\"SequenceNumber\":\"" + new SequenceNumber(12).text() + "\",\"SizeBytes\":3,"
                + "\"StreamViewType\":\"KEYS_ONLY\"}}",
                new String(RecordFormat.json(stored, stream, 12), StandardCharsets.UTF_8));
        assertEquals(Instant.ofEpochMilli(1_700_000_000_999L), RecordFormat.createdAt(stored));
    }
}
