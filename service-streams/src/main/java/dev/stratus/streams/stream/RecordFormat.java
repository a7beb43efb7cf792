package dev.stratus.streams.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.stratus.dynamodb.api.ChangeType;
import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * How a stream record is held, and how it becomes the record AWS returns from GetRecords.
 *
 * <p>A record is kept compact: only what differs between records is stored, and the rest of GetRecords' JSON
 * (eventID, eventVersion, eventSource, awsRegion, SequenceNumber, StreamViewType, the field names) is written
 * when the record is read, from its stream and its sequence counter. The stored value, one array:
 * <pre>
 *   format (1 byte: {@value #FORMAT})
 *   creation time in epoch milliseconds (8 bytes)
 *   eventName (1 byte: 0 INSERT, 1 MODIFY, 2 REMOVE)
 *   SizeBytes (8 bytes)
 *   Keys, NewImage, OldImage, userIdentity: each a length (4 bytes, -1 when absent) and that many bytes of JSON
 * </pre>
 * Values of the earlier format (kept in data directories written before it) are the creation time (8 bytes,
 * whose first byte is 0 for any time before the year 2,000,000) followed by the whole record's JSON; both are read.
 * Numbers are big-endian. The JSON parts are written by a streaming generator straight from the attribute values.
 */
final class RecordFormat {

    static final byte FORMAT = 1;
    private static final JsonFactory JSON = new JsonFactory();
    private static final ChangeType[] EVENT_NAMES = {ChangeType.INSERT, ChangeType.MODIFY, ChangeType.REMOVE};
    private static final int INITIAL_BYTES = 512;

    private RecordFormat() {
    }

    /** The stored value of the record of {@code change} on {@code stream}. */
    static byte[] encode(ItemChange change, StreamDescriptor stream) {
        String viewType = stream.viewType();
        boolean newImage = change.newImage() != null
                && (viewType.equals("NEW_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES"));
        boolean oldImage = change.oldImage() != null
                && (viewType.equals("OLD_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES"));
        long size = change.keysSizeBytes() + (newImage ? change.newImageSizeBytes() : 0)
                + (oldImage ? change.oldImageSizeBytes() : 0);
        Output out = new Output();
        out.write(FORMAT);
        out.writeLong(change.time().toEpochMilli());
        out.write(eventCode(change.type()));
        out.writeLong(size);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setRootValueSeparator(null);
            item(out, json, change.keys());
            item(out, json, newImage ? change.newImage() : null);
            item(out, json, oldImage ? change.oldImage() : null);
            ItemChange.UserIdentity identity = change.userIdentity();
            int start = out.beginPart();
            if (identity != null) {
                json.writeStartObject();
                json.writeStringField("PrincipalId", identity.principalId());
                json.writeStringField("Type", identity.type());
                json.writeEndObject();
                json.flush();
                out.endPart(start);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** When the record of a stored value was created. */
    static Instant createdAt(byte[] value) {
        return Instant.ofEpochMilli(ByteBuffer.wrap(value, isCompact(value) ? 1 : 0, Long.BYTES).getLong());
    }

    /** The record's JSON exactly as GetRecords returns it. */
    static byte[] json(byte[] value, StreamDescriptor stream, long sequence) {
        if (!isCompact(value)) {
            return Arrays.copyOfRange(value, Long.BYTES, value.length);
        }
        ByteBuffer stored = ByteBuffer.wrap(value);
        stored.position(1);
        long createdAtMillis = stored.getLong();
        ChangeType eventName = EVENT_NAMES[stored.get()];
        long size = stored.getLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length + INITIAL_BYTES);
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("eventID", EventIds.of(stream.streamArn(), sequence));
            out.writeStringField("eventName", eventName.name());
            out.writeStringField("eventVersion", "1.1");
            out.writeStringField("eventSource", "aws:dynamodb");
            out.writeStringField("awsRegion", stream.region());
            out.writeObjectFieldStart("dynamodb");
            out.writeNumberField("ApproximateCreationDateTime", Math.floorDiv(createdAtMillis, 1000));
            copyPart(out, bytes, "Keys", stored);
            copyPart(out, bytes, "NewImage", stored);
            copyPart(out, bytes, "OldImage", stored);
            out.writeStringField("SequenceNumber", new SequenceNumber(sequence).text());
            out.writeNumberField("SizeBytes", size);
            out.writeStringField("StreamViewType", stream.viewType());
            out.writeEndObject();
            copyPart(out, bytes, "userIdentity", stored);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static boolean isCompact(byte[] value) {
        return value[0] == FORMAT;
    }

    private static byte eventCode(ChangeType type) {
        for (byte code = 0; code < EVENT_NAMES.length; code++) {
            if (EVENT_NAMES[code] == type) {
                return code;
            }
        }
        throw new IllegalArgumentException("unknown change type " + type);
    }

    private static void item(Output out, JsonGenerator json, Map<String, AttributeValue> item) throws IOException {
        int start = out.beginPart();
        if (item != null) {
            AttributeValueCodec.writeItem(json, item);
            json.flush();
            out.endPart(start);
        }
    }

    /**
     * Writes a stored JSON part as the value of {@code name}, when the record has it: the generator writes the
     * name and its colon (an empty raw value), then the part's bytes go straight after them.
     */
    private static void copyPart(JsonGenerator out, OutputStream bytes, String name, ByteBuffer stored)
            throws IOException {
        int length = stored.getInt();
        if (length < 0) {
            return;
        }
        out.writeFieldName(name);
        out.writeRawValue("");
        out.flush();
        bytes.write(stored.array(), stored.position(), length);
        stored.position(stored.position() + length);
    }

    /** A growing array whose parts' lengths are filled in once the parts are written. */
    private static final class Output extends ByteArrayOutputStream {

        Output() {
            super(INITIAL_BYTES);
        }

        void writeLong(long value) {
            for (int shift = Long.SIZE - Byte.SIZE; shift >= 0; shift -= Byte.SIZE) {
                write((int) (value >>> shift));
            }
        }

        void writeInt(int value) {
            for (int shift = Integer.SIZE - Byte.SIZE; shift >= 0; shift -= Byte.SIZE) {
                write(value >>> shift);
            }
        }

        /** Writes the length of a part that may follow: -1, kept for an absent part, set by {@link #endPart}. */
        int beginPart() {
            writeInt(-1);
            return count;
        }

        void endPart(int start) {
            int length = count - start;
            for (int i = 0; i < Integer.BYTES; i++) {
                buf[start - Integer.BYTES + i] = (byte) (length >>> (Integer.SIZE - Byte.SIZE * (i + 1)));
            }
        }
    }
}
