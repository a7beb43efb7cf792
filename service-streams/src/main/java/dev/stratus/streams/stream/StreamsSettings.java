package dev.stratus.streams.stream;

import dev.stratus.spi.Setting;
import dev.stratus.spi.StratusSettings;
import java.time.Duration;
import java.util.List;

/**
 * The settings of DynamoDB Streams.
 *
 * @param shardRollover how long a shard stays open before it closes and a child opens
 * @param retention     how long records stay readable
 */
public record StreamsSettings(Duration shardRollover, Duration retention) {

    public static final Setting SHARD_ROLLOVER = new Setting("dynamodbstreams.shard-rollover", Setting.Type.DURATION, "4h",
            "How long a stream shard stays open before it closes and a child shard opens.");
    public static final Setting RETENTION = new Setting("dynamodbstreams.retention", Setting.Type.DURATION, "24h",
            "How long stream records stay readable before they are trimmed.");

    public static List<Setting> declared() {
        return List.of(SHARD_ROLLOVER, RETENTION);
    }

    public static StreamsSettings from(StratusSettings settings) {
        return new StreamsSettings(settings.getDuration(SHARD_ROLLOVER.key()), settings.getDuration(RETENTION.key()));
    }
}
