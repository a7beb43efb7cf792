package dev.stratus.dynamodb.transaction;

import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import java.nio.ByteBuffer;

/** One item across all tables: its table's storage id and its encoded primary key. */
record ItemIdentity(long tableId, ByteBuffer key) {

    static ItemIdentity of(Table table, PrimaryKey key) {
        return new ItemIdentity(table.definition().id(), ByteBuffer.wrap(key.encoded()).asReadOnlyBuffer());
    }
}
