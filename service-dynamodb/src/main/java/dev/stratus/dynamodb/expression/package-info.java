/**
 * DynamoDB's expressions (condition, filter, key condition, projection and update): a hand-written lexer and
 * recursive-descent parsers into an immutable syntax tree, validation against a request's placeholders with
 * DynamoDB's messages and order, and evaluation against items. {@link dev.stratus.dynamodb.expression.Expressions}
 * is the way in.
 */
package dev.stratus.dynamodb.expression;
