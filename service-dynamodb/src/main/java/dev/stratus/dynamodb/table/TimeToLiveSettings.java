package dev.stratus.dynamodb.table;

/** A table's time-to-live setting: the attribute read as the expiry time, and whether expiry is on. */
public record TimeToLiveSettings(boolean enabled, String attributeName) {

    public static final TimeToLiveSettings DISABLED = new TimeToLiveSettings(false, null);
}
