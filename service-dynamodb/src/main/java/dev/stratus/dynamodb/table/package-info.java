/**
 * Tables: their definitions (keys, indexes, billing, stream, time to live, tags), the rules CreateTable and
 * UpdateTable check, the catalog kept in {@code dynamodb.tables}, and the table operations of the API, taking typed
 * requests and returning typed descriptions (their JSON is {@code protocol.table}'s).
 */
package dev.stratus.dynamodb.table;
