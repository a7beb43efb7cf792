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
 * @param recordsId        the number the keys of the stream's records start with; {@code null} for a stream
 *                         stored before records were keyed by it, whose record keys start with its ARN
 */
public record StreamDescriptor(String streamArn, String accountId, String region, String tableName, String label,
                               String viewType, List<TableChange.KeyAttribute> keySchema, long createdAtMillis,
                               String status, Long disabledAtMillis, long trimmedThrough, Long recordsId) {

    public static final String ENABLED = "ENABLED";
    public static final String DISABLED = "DISABLED";

    public StreamDescriptor {
        keySchema = List.copyOf(keySchema);
    }

    StreamDescriptor disable(Instant when) {
        return new StreamDescriptor(streamArn, accountId, region, tableName, label, viewType, keySchema,
                createdAtMillis, DISABLED, when.toEpochMilli(), trimmedThrough, recordsId);
    }

    StreamDescriptor trimmedThrough(long sequence) {
        return new StreamDescriptor(streamArn, accountId, region, tableName, label, viewType, keySchema,
                createdAtMillis, status, disabledAtMillis, sequence, recordsId);
    }

    @JsonIgnore
    public boolean isEnabled() {
        return ENABLED.equals(status);
    }
}
