/**
 * DynamoDB's data model: {@link dev.stratus.dynamodb.value.AttributeValue} and its ten kinds, numbers
 * ({@link dev.stratus.dynamodb.value.DynamoNumber}) and binaries ({@link dev.stratus.dynamodb.value.Bytes}) as
 * DynamoDB compares and prints them, DynamoDB JSON in and out
 * ({@link dev.stratus.dynamodb.value.AttributeValueCodec}) and item sizes
 * ({@link dev.stratus.dynamodb.value.ItemSize}).
 */
package dev.stratus.dynamodb.value;
