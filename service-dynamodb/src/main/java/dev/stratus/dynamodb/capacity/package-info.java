/**
 * Consumed capacity in AWS's arithmetic, shown as ReturnConsumedCapacity asks.
 */
package dev.stratus.dynamodb.capacity;
