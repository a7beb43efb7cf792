package dev.stratus.dynamodb.table;

/**
 * Provisioned capacity of a table or global index; {@code 0/0} under on-demand billing.
 *
 * @param lastIncreaseMillis  epoch millis of the last increase, 0 for none
 * @param lastDecreaseMillis  epoch millis of the last decrease, 0 for none
 */
public record Throughput(long readCapacityUnits, long writeCapacityUnits, long lastIncreaseMillis,
                         long lastDecreaseMillis, int decreasesToday) {

    public static final Throughput ON_DEMAND = new Throughput(0, 0, 0, 0, 0);

    public static Throughput of(long read, long write) {
        return new Throughput(read, write, 0, 0, 0);
    }

    /** This throughput changed to {@code read/write} at {@code nowMillis}, counting increases and decreases. */
    public Throughput changedTo(long read, long write, long nowMillis) {
        boolean increase = read > readCapacityUnits || write > writeCapacityUnits;
        boolean decrease = read < readCapacityUnits || write < writeCapacityUnits;
        return new Throughput(read, write, increase ? nowMillis : lastIncreaseMillis,
                decrease ? nowMillis : lastDecreaseMillis, decrease ? decreasesToday + 1 : decreasesToday);
    }
}
