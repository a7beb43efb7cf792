/**
 * DynamoDB's request layer: reads each operation's JSON input, already checked against the API model, into the
 * engine's request records, and writes the engine's results as JSON; the engine's packages know nothing of JSON.
 * Sub-packages by feature ({@code protocol.table}, …); {@link dev.stratus.dynamodb.protocol.JsonStoredRecords} is how the
 * engine's records are kept in storage.
 */
package dev.stratus.dynamodb.protocol;
