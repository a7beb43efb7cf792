/**
 * Query and Scan as range scans of stored keys, in pages of at most 1 MB, over tables and secondary indexes.
 */
package dev.stratus.dynamodb.query;
