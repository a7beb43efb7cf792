package dev.stratus.dynamodb.table;

/** The endpoint DescribeEndpoints names, and how long clients may cache it. */
public record Endpoint(String address, long cachePeriodInMinutes) {
}
