package dev.stratus.dynamodb.table;

/** How a table pays for capacity. */
public enum BillingMode { PROVISIONED, PAY_PER_REQUEST }
