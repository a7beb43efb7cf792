/**
 * Exports to and imports from S3: listed and described as AWS does for an account without any. Stratus runs no
 * S3, so starting one is refused after the request, the table and its point-in-time recovery are checked.
 */
package dev.stratus.dynamodb.transfer;
