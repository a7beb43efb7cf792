package dev.stratus.lambda.esm.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The event a batch is delivered as: {@code {"Records":[...]}}, plus the window fields with tumbling windows. */
final class EventPayload {

    private static final byte[] OPEN = "{\"Records\":[".getBytes(StandardCharsets.UTF_8);

    private EventPayload() {
    }

    static byte[] records(Batch batch) {
        ByteArrayOutputStream out = recordsArray(batch);
        out.write('}');
        return out.toByteArray();
    }

    /** The event of a batch in a tumbling window, carrying the window's state. */
    static byte[] windowed(Batch batch, TumblingWindow window, String shardId, String sourceArn,
                           boolean terminatedEarly, ObjectMapper mapper) {
        ObjectNode fields = mapper.createObjectNode();
        fields.putObject("window").put("start", window.start().toString()).put("end", window.end().toString());
        fields.set("state", window.state());
        fields.put("shardId", shardId);
        fields.put("eventSourceARN", sourceArn);
        fields.put("isFinalInvokeForWindow", batch.finalInvoke());
        fields.put("isWindowTerminatedEarly", terminatedEarly);
        try {
            byte[] rest = mapper.writeValueAsBytes(fields);
            ByteArrayOutputStream out = recordsArray(batch);
            out.write(',');
            out.write(rest, 1, rest.length - 1);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ByteArrayOutputStream recordsArray(Batch batch) {
        int size = OPEN.length + 2;
        for (PendingRecord record : batch.records()) {
            size += record.json().length + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 256);
        out.writeBytes(OPEN);
        for (int i = 0; i < batch.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(batch.records().get(i).json());
        }
        out.write(']');
        return out;
    }
}
