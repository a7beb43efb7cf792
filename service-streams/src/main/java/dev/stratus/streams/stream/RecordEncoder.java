package dev.stratus.streams.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import java.io.UncheckedIOException;

/**
 * Writes an item change as the stream record AWS returns from GetRecords, once, to bytes: eventID, eventName,
 * eventVersion, eventSource, awsRegion, {@code dynamodb} (with the images the view type asks for) and, for
 * changes the service made itself (TTL), userIdentity.
 */
final class RecordEncoder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordEncoder() {
    }

    static byte[] encode(ItemChange change, StreamDescriptor stream, long sequence) {
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
        dynamodb.put("SequenceNumber", new SequenceNumber(sequence).text());
        dynamodb.put("SizeBytes", size);
        dynamodb.put("StreamViewType", viewType);

        ObjectNode record = NODES.objectNode();
        record.put("eventID", EventIds.of(stream.streamArn(), sequence));
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
        try {
            return JSON.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
