package dev.stratus.streams.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes an item change as the stream record AWS returns from GetRecords, once, to bytes: eventID, eventName,
 * eventVersion, eventSource, awsRegion, {@code dynamodb} (with the images the view type asks for) and, for
 * changes the service made itself (TTL), userIdentity.
 *
 * <p>The record is encoded before its sequence number is known, beside the table's other writers, with
 * placeholders of the same length for the two texts that depend on it (the eventID and the SequenceNumber,
 * both of fixed length); {@link Encoded#withSequence} writes them in once the number is assigned, on the table's
 * serialised commit path.
 */
final class RecordEncoder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String EVENT_ID_PLACEHOLDER = EventIds.of("", 0);
    private static final String SEQUENCE_PLACEHOLDER = new SequenceNumber(0).text();
    private static final byte[] EVENT_ID_FIELD = "\"eventID\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEQUENCE_FIELD = "\"SequenceNumber\":\"".getBytes(StandardCharsets.US_ASCII);

    private RecordEncoder() {
    }

    /**
     * A record's bytes with its sequence-dependent texts still to write in.
     *
     * @param eventIdAt  where the eventID's text begins
     * @param sequenceAt where the SequenceNumber's text begins
     */
    record Encoded(String streamArn, byte[] json, int eventIdAt, int sequenceAt) {

        /** The record of sequence counter {@code sequence}; fills in and returns this record's own bytes. */
        byte[] withSequence(long sequence) {
            write(EventIds.of(streamArn, sequence), eventIdAt);
            write(new SequenceNumber(sequence).text(), sequenceAt);
            return json;
        }

        private void write(String ascii, int at) {
            for (int i = 0; i < ascii.length(); i++) {
                json[at + i] = (byte) ascii.charAt(i);
            }
        }
    }

    /**
     * The record of {@code change} with its sequence number to come. The eventID is the record's first field, so it
     * is found from the start; the SequenceNumber follows the images, and no image holds its field text (a
     * string's quotes are escaped, a name's value is an object), so it is found from the end.
     */
    static Encoded encode(ItemChange change, StreamDescriptor stream) {
        String viewType = stream.viewType();
        boolean newImage = change.newImage() != null
                && (viewType.equals("NEW_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES"));
        boolean oldImage = change.oldImage() != null
                && (viewType.equals("OLD_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES"));
        long size = change.keysSizeBytes() + (newImage ? change.newImageSizeBytes() : 0)
                + (oldImage ? change.oldImageSizeBytes() : 0);

        ObjectNode dynamodb = NODES.objectNode();
        dynamodb.put("ApproximateCreationDateTime", change.time().getEpochSecond());
        dynamodb.set("Keys", AttributeValueCodec.encodeItem(change.keys()));
        if (newImage) {
            dynamodb.set("NewImage", AttributeValueCodec.encodeItem(change.newImage()));
        }
        if (oldImage) {
            dynamodb.set("OldImage", AttributeValueCodec.encodeItem(change.oldImage()));
        }
        dynamodb.put("SequenceNumber", SEQUENCE_PLACEHOLDER);
        dynamodb.put("SizeBytes", size);
        dynamodb.put("StreamViewType", viewType);

        ObjectNode record = NODES.objectNode();
        record.put("eventID", EVENT_ID_PLACEHOLDER);
        record.put("eventName", change.type().name());
        record.put("eventVersion", "1.1");
        record.put("eventSource", "aws:dynamodb");
        record.put("awsRegion", change.region());
        record.set("dynamodb", dynamodb);
        if (change.userIdentity() != null) {
            ObjectNode identity = record.putObject("userIdentity");
            identity.put("PrincipalId", change.userIdentity().principalId());
            identity.put("Type", change.userIdentity().type());
        }
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return new Encoded(stream.streamArn(), json, indexAfter(json, EVENT_ID_FIELD, false),
                indexAfter(json, SEQUENCE_FIELD, true));
    }

    /** Where the text after {@code field} begins, its first occurrence or its last. */
    private static int indexAfter(byte[] json, byte[] field, boolean last) {
        int from = last ? json.length - field.length : 0;
        int step = last ? -1 : 1;
        for (int at = from; at >= 0 && at <= json.length - field.length; at += step) {
            if (Arrays.equals(json, at, at + field.length, field, 0, field.length)) {
                return at + field.length;
            }
        }
        throw new IllegalStateException("No " + new String(field, StandardCharsets.US_ASCII) + " in a stream record");
    }
}
