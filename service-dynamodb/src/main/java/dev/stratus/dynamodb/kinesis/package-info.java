/**
 * Kinesis Data Streams destinations of tables: described as AWS describes a table without any. Stratus runs no
 * Kinesis, so enabling one is refused after the request and the table are checked.
 */
package dev.stratus.dynamodb.kinesis;
