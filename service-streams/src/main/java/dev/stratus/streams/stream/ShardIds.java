package dev.stratus.streams.stream;

import java.time.Instant;

/**
 * Shard ids in AWS's form: {@code shardId-} + 20 digits (the opening time in epoch milliseconds) + {@code -} +
 * 8 hex digits (derived from the stream and the shard's place in it, so that ids are stable and unique).
 */
public final class ShardIds {

    private static final String PREFIX = "shardId-";

    private ShardIds() {
    }

    public static String of(String streamArn, int index, Instant openedAt) {
        String millis = Long.toString(openedAt.toEpochMilli());
        StringBuilder id = new StringBuilder(37).append(PREFIX);
        for (int pad = millis.length(); pad < 20; pad++) {
            id.append('0');
        }
        String hash = Integer.toHexString((streamArn + '#' + index).hashCode());
        id.append(millis).append('-');
        for (int pad = hash.length(); pad < 8; pad++) {
            id.append('0');
        }
        return id.append(hash).toString();
    }
}
