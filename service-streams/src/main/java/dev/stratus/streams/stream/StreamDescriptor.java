package dev.stratus.streams.stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.stratus.dynamodb.api.TableChange;
import java.time.Instant;
import java.util.List;

/**
 * A stream's identity and state as stored.
 *
 * @param status           {@code ENABLED} or {@code DISABLED}
 * @param createdAtMillis  when the stream was requested, epoch milliseconds
 * @param disabledAtMillis when the stream was disabled, {@code null} while enabled
 * @param trimmedThrough   the highest sequence counter trimmed away; -1 before the first trim
 */
public record StreamDescriptor(String streamArn, String accountId, String region, String tableName, String label,
                               String viewType, List<TableChange.KeyAttribute> keySchema, long createdAtMillis,
                               String status, Long disabledAtMillis, long trimmedThrough) {

    public static final String ENABLED = "ENABLED";
    public static final String DISABLED = "DISABLED";

    public StreamDescriptor {
        keySchema = List.copyOf(keySchema);
    }

    StreamDescriptor disable(Instant when) {
        return new StreamDescriptor(streamArn, accountId, region, tableName, label, viewType, keySchema,
                createdAtMillis, DISABLED, when.toEpochMilli(), trimmedThrough);
    }

    StreamDescriptor trimmedThrough(long sequence) {
        return new StreamDescriptor(streamArn, accountId, region, tableName, label, viewType, keySchema,
                createdAtMillis, status, disabledAtMillis, sequence);
    }

    @JsonIgnore
    public boolean isEnabled() {
        return ENABLED.equals(status);
    }
}
