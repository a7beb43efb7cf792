package dev.stratus.gateway.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A body sent with {@code Content-Encoding: aws-chunked}: chunks of {@code <hex size>[;chunk-signature=<sig>]\r\n
 * <data>\r\n}, ending with a chunk of size 0 and, for the trailer variants, trailing header lines.
 *
 * @param chunks every chunk in order, the final empty one included
 */
public record AwsChunkedBody(List<Chunk> chunks) {

    private static final String SIGNATURE = "chunk-signature=";

    public AwsChunkedBody {
        chunks = List.copyOf(chunks);
    }

    /** One chunk: its data and the signature its header carries, if any. */
    public record Chunk(byte[] data, Optional<String> signature) {
    }

    /** Parses the framing; empty when the bytes are not an aws-chunked body. */
    public static Optional<AwsChunkedBody> parse(byte[] sent) {
        List<Chunk> chunks = new ArrayList<>();
        int at = 0;
        while (true) {
            int lineEnd = lineEnd(sent, at);
            if (lineEnd < 0) {
                return Optional.empty();
            }
            String header = new String(sent, at, lineEnd - at, StandardCharsets.US_ASCII);
            int semicolon = header.indexOf(';');
            Optional<Integer> size = size(semicolon < 0 ? header : header.substring(0, semicolon));
            if (size.isEmpty() || lineEnd + 2L + size.get() > sent.length) {
                return Optional.empty();
            }
            String extension = semicolon < 0 ? "" : header.substring(semicolon + 1).trim();
            Optional<String> signature = extension.startsWith(SIGNATURE)
                    ? Optional.of(extension.substring(SIGNATURE.length())) : Optional.empty();
            int dataStart = lineEnd + 2;
            byte[] data = new byte[size.get()];
            System.arraycopy(sent, dataStart, data, 0, data.length);
            chunks.add(new Chunk(data, signature));
            if (data.length == 0) {
                return Optional.of(new AwsChunkedBody(chunks));
            }
            at = dataStart + data.length;
            if (at + 1 >= sent.length || sent[at] != '\r' || sent[at + 1] != '\n') {
                return Optional.empty();
            }
            at += 2;
        }
    }

    /** The data of every chunk, joined: the body as meant. */
    public byte[] decoded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunks.forEach(chunk -> out.writeBytes(chunk.data()));
        return out.toByteArray();
    }

    private static Optional<Integer> size(String hex) {
        try {
            int size = Integer.parseInt(hex.trim(), 16);
            return size < 0 ? Optional.empty() : Optional.of(size);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The index of the {@code \r\n} that ends the line starting at {@code from}, or -1. */
    private static int lineEnd(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
