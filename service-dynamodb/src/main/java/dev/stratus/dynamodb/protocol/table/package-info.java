/**
 * The table operations as JSON: CreateTable, DescribeTable, ListTables, UpdateTable, DeleteTable, time to live,
 * tags, DescribeLimits and DescribeEndpoints, and the {@code TableDescription} other operations answer with.
 */
package dev.stratus.dynamodb.protocol.table;
