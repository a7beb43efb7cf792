/**
 * The DynamoDB service: its plugin and module, the handler that routes AWS JSON 1.0 operations, the errors it
 * answers in AWS's words, and the request reading every operation shares. The engine lives in the feature
 * packages: {@code table}, {@code item}, {@code query}, {@code batch}.
 */
package dev.stratus.dynamodb;
