/**
 * BatchWriteItem and BatchGetItem.
 */
package dev.stratus.dynamodb.batch;
