package dev.stratus.dynamodb.table;

import java.nio.ByteBuffer;

/** How many items (or index entries) a table (or index) holds and their size in bytes, as DescribeTable shows. */
public record ItemTally(long items, long bytes) {

    public static final ItemTally NONE = new ItemTally(0, 0);

    public ItemTally plus(ItemTally other) {
        return new ItemTally(items + other.items, bytes + other.bytes);
    }

    byte[] encode() {
        return ByteBuffer.allocate(2 * Long.BYTES).putLong(items).putLong(bytes).array();
    }

    static ItemTally decode(byte[] stored) {
        ByteBuffer buffer = ByteBuffer.wrap(stored);
        return new ItemTally(buffer.getLong(), buffer.getLong());
    }
}
