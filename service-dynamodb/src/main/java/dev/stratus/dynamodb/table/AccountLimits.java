package dev.stratus.dynamodb.table;

/** The capacity limits DescribeLimits reports. */
public record AccountLimits(long accountMaxReadCapacityUnits, long accountMaxWriteCapacityUnits,
                            long tableMaxReadCapacityUnits, long tableMaxWriteCapacityUnits) {
}
