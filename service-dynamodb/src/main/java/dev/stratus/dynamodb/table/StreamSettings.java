package dev.stratus.dynamodb.table;

/**
 * A table's stream: whether one is enabled and the latest stream's view type and label (kept after disabling,
 * as DescribeTable keeps showing {@code LatestStreamArn}).
 *
 * @param label the latest stream's label ({@code yyyy-MM-dd'T'HH:mm:ss.SSS}), or {@code null} if never enabled
 */
public record StreamSettings(boolean enabled, String viewType, String label) {

    public static final StreamSettings NONE = new StreamSettings(false, null, null);

    public StreamSettings disabled() {
        return new StreamSettings(false, viewType, label);
    }
}
