package dev.stratus.dynamodb.table;

/**
 * A global or local secondary index of a table.
 *
 * @param number     the index's storage number within its table, never reused
 * @param throughput the provisioned throughput of a global index ({@link Throughput#ON_DEMAND} for local ones)
 */
public record SecondaryIndex(String name, boolean global, KeySchema keySchema, Projection projection,
                             Throughput throughput, int number) {

    /** Whether the index copies every attribute of its items. */
    public boolean projectsAll() {
        return projection.type() == Projection.Type.ALL;
    }

    public SecondaryIndex withThroughput(Throughput newThroughput) {
        return new SecondaryIndex(name, global, keySchema, projection, newThroughput, number);
    }
}
