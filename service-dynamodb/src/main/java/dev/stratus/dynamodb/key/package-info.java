/**
 * Keys: the order-preserving byte encoding of S, N and B key values, and DynamoDB's rules for key attributes.
 */
package dev.stratus.dynamodb.key;
