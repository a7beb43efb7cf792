package dev.stratus.streams.stream;

import dev.stratus.spi.Setting;
import dev.stratus.spi.StratusSettings;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * The settings of DynamoDB Streams.
 *
 * @param shardRollover    how long a shard stays open before it closes and a child opens
 * @param retention        how long records stay readable
 * @param memoryLimitBytes how many bytes of records are kept when they are held in memory (no data directory),
 *                         or empty when they are stored durably and only retention bounds them
 */
public record StreamsSettings(Duration shardRollover, Duration retention, OptionalLong memoryLimitBytes) {

    public static final Setting SHARD_ROLLOVER = new Setting("dynamodbstreams.shard-rollover", Setting.Type.DURATION, "4h",
            "How long a stream shard stays open before it closes and a child shard opens.");
    public static final Setting RETENTION = new Setting("dynamodbstreams.retention", Setting.Type.DURATION, "24h",
            "How long stream records stay readable before they are trimmed.");

    public static final Setting MEMORY_LIMIT = new Setting("dynamodbstreams.memory-limit-mb", Setting.Type.INTEGER,
            "64", "Without a data directory, the most megabytes of stream records kept in memory: beyond it the "
                    + "oldest records of all streams are trimmed before their retention ends.");

    public static List<Setting> declared() {
        return List.of(SHARD_ROLLOVER, RETENTION, MEMORY_LIMIT);
    }

    public static StreamsSettings from(StratusSettings settings) {
        OptionalLong memoryLimit = settings.dataDir().isPresent() ? OptionalLong.empty()
                : OptionalLong.of(settings.getInt(MEMORY_LIMIT.key()) * 1024L * 1024L);
        return new StreamsSettings(settings.getDuration(SHARD_ROLLOVER.key()), settings.getDuration(RETENTION.key()),
                memoryLimit);
    }
}
