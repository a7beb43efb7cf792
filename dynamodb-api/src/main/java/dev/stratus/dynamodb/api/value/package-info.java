/**
 * DynamoDB's data model: {@link dev.stratus.dynamodb.api.value.AttributeValue} and its ten kinds, numbers
 * ({@link dev.stratus.dynamodb.api.value.DynamoNumber}) and binaries ({@link dev.stratus.dynamodb.api.value.Bytes}) as
 * DynamoDB compares and prints them, DynamoDB JSON in and out
 * ({@link dev.stratus.dynamodb.api.value.AttributeValueCodec}) and item sizes
 * ({@link dev.stratus.dynamodb.api.value.ItemSize}).
 */
package dev.stratus.dynamodb.api.value;
