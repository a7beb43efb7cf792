package dev.stratus.dynamodb.table;

/** A provisioned throughput as a request gives it; either unit may be missing. */
public record RequestedThroughput(Long read, Long write) {
}
