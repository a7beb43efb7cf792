package dev.stratus.streams.read;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.CRC32;

/**
 * A self-describing shard iterator: the stream ARN, then {@code |1|} and an opaque base64 token (as AWS's look)
 * carrying the shard, the position and the issue time, sealed with a checksum so a damaged or hand-made
 * iterator is refused rather than misread.
 *
 * @param after    the sequence counter the next read starts after
 * @param issuedAt when the iterator was handed out; it expires {@link #LIFETIME} later
 */
public record ShardIterator(String streamArn, String shardId, long after, Instant issuedAt) {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final String SEPARATOR = "|1|";

    public String encode() {
        String body = body(streamArn, shardId, after, issuedAt.toEpochMilli());
        String sealed = shardId + '/' + after + '/' + issuedAt.toEpochMilli() + '/' + checksum(body);
        return streamArn + SEPARATOR
                + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads an iterator made by {@link #encode()}.
     *
     * @throws IllegalArgumentException if the text is not such an iterator
     */
    public static ShardIterator decode(String text) {
        int split = text == null ? -1 : text.indexOf(SEPARATOR);
        if (split <= 0) {
            throw new IllegalArgumentException("no stream ARN");
        }
        String streamArn = text.substring(0, split);
        String[] parts = new String(Base64.getUrlDecoder().decode(text.substring(split + SEPARATOR.length())),
                StandardCharsets.UTF_8).split("/", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not four parts");
        }
        long after = Long.parseLong(parts[1]);
        long issuedMillis = Long.parseLong(parts[2]);
        if (!checksum(body(streamArn, parts[0], after, issuedMillis)).equals(parts[3])) {
            throw new IllegalArgumentException("checksum mismatch");
        }
        return new ShardIterator(streamArn, parts[0], after, Instant.ofEpochMilli(issuedMillis));
    }

    public boolean expiredAt(Instant now) {
        return now.isAfter(issuedAt.plus(LIFETIME));
    }

    private static String body(String streamArn, String shardId, long after, long issuedMillis) {
        return streamArn + '|' + shardId + '|' + after + '|' + issuedMillis;
    }

    private static String checksum(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
