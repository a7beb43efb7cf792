package dev.stratus.streams.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes an item change as the stream record AWS returns from GetRecords, once, to bytes: eventID, eventName,
 * eventVersion, eventSource, awsRegion, {@code dynamodb} (with the images the view type asks for) and, for
 * changes the service made itself (TTL), userIdentity. The record is written by a streaming generator straight
 * from the attribute values, without building a tree of it first.
 */
final class RecordEncoder {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int INITIAL_BYTES = 512;

    private RecordEncoder() {
    }

    static byte[] encode(ItemChange change, StreamDescriptor stream, long sequence) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(INITIAL_BYTES);
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            write(out, change, stream, sequence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(JsonGenerator out, ItemChange change, StreamDescriptor stream, long sequence)
            throws IOException {
        String viewType = stream.viewType();
        boolean newImage = change.newImage() != null
                && (viewType.equals("NEW_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES"));
        boolean oldImage = change.oldImage() != null
                && (viewType.equals("OLD_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES"));
        long size = change.keysSizeBytes() + (newImage ? change.newImageSizeBytes() : 0)
                + (oldImage ? change.oldImageSizeBytes() : 0);

        out.writeStartObject();
        out.writeStringField("eventID", EventIds.of(stream.streamArn(), sequence));
        out.writeStringField("eventName", change.type().name());
        out.writeStringField("eventVersion", "1.1");
        out.writeStringField("eventSource", "aws:dynamodb");
        out.writeStringField("awsRegion", change.region());

        out.writeObjectFieldStart("dynamodb");
        out.writeNumberField("ApproximateCreationDateTime", change.time().getEpochSecond());
        out.writeFieldName("Keys");
        AttributeValueCodec.writeItem(out, change.keys());
        if (newImage) {
            out.writeFieldName("NewImage");
            AttributeValueCodec.writeItem(out, change.newImage());
        }
        if (oldImage) {
            out.writeFieldName("OldImage");
            AttributeValueCodec.writeItem(out, change.oldImage());
        }
        out.writeStringField("SequenceNumber", new SequenceNumber(sequence).text());
        out.writeNumberField("SizeBytes", size);
        out.writeStringField("StreamViewType", viewType);
        out.writeEndObject();

        if (change.userIdentity() != null) {
            out.writeObjectFieldStart("userIdentity");
            out.writeStringField("PrincipalId", change.userIdentity().principalId());
            out.writeStringField("Type", change.userIdentity().type());
            out.writeEndObject();
        }
        out.writeEndObject();
    }
}
