package dev.stratus.dynamodb.query;

import dev.stratus.dynamodb.expression.RangeCondition;
import dev.stratus.dynamodb.key.KeyEncoding;
import dev.stratus.spi.storage.ByteKeys;
import dev.stratus.spi.storage.KeyRange;

/**
 * Turns a range key condition into the range of stored keys that satisfy it, among the keys that all start with
 * {@code partition}: the table or index prefix, the encoded partition key values and the encoded values of the
 * sort key attributes compared by equality before the one the condition is on.
 */
final class KeyRanges {

    private KeyRanges() {
    }

    static KeyRange of(byte[] partition, RangeCondition condition) {
        byte[] partitionEnd = ByteKeys.prefixEnd(partition);
        if (condition == null) {
            return new KeyRange(partition, partitionEnd, false);
        }
        if (condition.operator() == RangeCondition.Operator.BEGINS_WITH) {
            return KeyRange.prefix(ByteKeys.concat(partition, KeyEncoding.encodePrefix(condition.value())));
        }
        byte[] at = ByteKeys.concat(partition, KeyEncoding.encode(condition.value()));
        byte[] afterAt = ByteKeys.prefixEnd(at);
        return switch (condition.operator()) {
            case EQ -> new KeyRange(at, afterAt, false);
            case LT -> new KeyRange(partition, at, false);
            case LE -> new KeyRange(partition, afterAt, false);
            case GT -> new KeyRange(afterAt, partitionEnd, false);
            case GE -> new KeyRange(at, partitionEnd, false);
            case BETWEEN -> new KeyRange(at,
                    ByteKeys.prefixEnd(ByteKeys.concat(partition, KeyEncoding.encode(condition.upper()))), false);
            case BEGINS_WITH -> throw new IllegalStateException("handled above");
        };
    }

    /** {@code range} narrowed to keys after {@code startKey} (or before it, reading backwards). */
    static KeyRange after(KeyRange range, byte[] startKey, boolean forward) {
        if (forward) {
            byte[] next = ByteKeys.concat(startKey, new byte[] {0});
            byte[] start = range.start() == null || ByteKeys.compare(next, range.start()) > 0 ? next : range.start();
            return new KeyRange(start, range.end(), false);
        }
        byte[] end = range.end() == null || ByteKeys.compare(startKey, range.end()) < 0 ? startKey : range.end();
        return new KeyRange(range.start(), end, true);
    }
}
