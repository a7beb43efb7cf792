package dev.stratus.lambda.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes the messages of an {@code application/vnd.amazon.eventstream} body as they come: each a prelude (total
 * length, headers length, CRC32 of the two), string headers, the payload and a CRC32 of the whole message.
 */
final class EventStreamMessages {

    private static final byte STRING_HEADER = 7;
    private static final int PRELUDE_AND_CRCS = 16;

    private final OutputStream body;

    EventStreamMessages(OutputStream body) {
        this.body = body;
    }

    /** Sends an event on its way: its {@code :event-type}, {@code :content-type} and payload. */
    EventStreamMessages event(String eventType, String contentType, byte[] payload) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(":event-type", eventType);
        headers.put(":content-type", contentType);
        headers.put(":message-type", "event");
        byte[] encodedHeaders = headers(headers);
        int total = PRELUDE_AND_CRCS + encodedHeaders.length + payload.length;
        ByteBuffer message = ByteBuffer.allocate(total);
        message.putInt(total).putInt(encodedHeaders.length);
        message.putInt((int) crc(message.array(), 8));
        message.put(encodedHeaders).put(payload);
        message.putInt((int) crc(message.array(), total - 4));
        body.write(message.array());
        body.flush();
        return this;
    }

    private static byte[] headers(Map<String, String> headers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        headers.forEach((name, value) -> {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            byte[] valueBytes = value.getBytes(StandardCharsets.UTF_8);
            out.write(nameBytes.length);
            out.writeBytes(nameBytes);
            out.write(STRING_HEADER);
            out.write(valueBytes.length >> 8);
            out.write(valueBytes.length & 0xff);
            out.writeBytes(valueBytes);
        });
        return out.toByteArray();
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }
}
