package dev.stratus.dynamodb.table;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Stream labels: the time a stream was enabled, in UTC, as {@code yyyy-MM-dd'T'HH:mm:ss.SSS}. */
public final class StreamLabels {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private StreamLabels() {
    }

    public static String at(Instant time) {
        return FORMAT.format(time);
    }
}
