package dev.stratus.sqs.message;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** The MD5 digests SQS returns and SDKs verify: of the body, and of the message (system) attributes. */
public final class MessageDigests {

    private static final byte STRING = 1;
    private static final byte BINARY = 2;
    private static final byte STRING_LIST = 3;
    private static final byte BINARY_LIST = 4;

    private MessageDigests() {
    }

    public static String ofBody(String body) {
        return md5(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Over the attributes sorted by name: for each, the length-prefixed name and data type, a transport byte,
     * then the length-prefixed value(s). {@code null} when there are no attributes.
     */
    public static String ofAttributes(Map<String, MessageAttribute> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, MessageAttribute> entry : new TreeMap<>(attributes).entrySet()) {
            MessageAttribute attribute = entry.getValue();
            writeLengthPrefixed(out, entry.getKey().getBytes(StandardCharsets.UTF_8));
            writeLengthPrefixed(out, attribute.dataType().getBytes(StandardCharsets.UTF_8));
            if (attribute.stringValue() != null) {
                out.write(STRING);
                writeLengthPrefixed(out, attribute.stringValue().getBytes(StandardCharsets.UTF_8));
            } else if (attribute.binaryValue() != null) {
                out.write(BINARY);
                writeLengthPrefixed(out, Base64.getDecoder().decode(attribute.binaryValue()));
            } else if (!attribute.stringListValues().isEmpty()) {
                out.write(STRING_LIST);
                attribute.stringListValues().forEach(v -> writeLengthPrefixed(out, v.getBytes(StandardCharsets.UTF_8)));
            } else {
                out.write(BINARY_LIST);
                attribute.binaryListValues().forEach(v -> writeLengthPrefixed(out, Base64.getDecoder().decode(v)));
            }
        }
        return md5(out.toByteArray());
    }

    private static void writeLengthPrefixed(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks MD5", e);
        }
    }
}
