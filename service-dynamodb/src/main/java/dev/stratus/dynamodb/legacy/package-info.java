/**
 * DynamoDB's legacy (non-expression) request parameters, rewritten into expressions.
 *
 * <p>One entry point: {@link dev.stratus.dynamodb.legacy.LegacyParameters#toExpressions(String,
 * com.fasterxml.jackson.databind.JsonNode)}. Call it with the operation name and its request (DynamoDB JSON) before
 * the operation parses its input, e.g.
 * {@code .operation("PutItem", (in, ctx) -> items.putItem(LegacyParameters.toExpressions("PutItem", in), ctx))};
 * the operation then sees only expressions:
 * <ul>
 *   <li>GetItem, BatchGetItem (per table), Query, Scan: {@code AttributesToGet} to {@code ProjectionExpression};</li>
 *   <li>PutItem, DeleteItem, UpdateItem: {@code Expected} (+ {@code ConditionalOperator}) to
 *       {@code ConditionExpression};</li>
 *   <li>UpdateItem: {@code AttributeUpdates} to {@code UpdateExpression} (PUT to SET, DELETE without a value to
 *       REMOVE, DELETE with a set to DELETE, ADD of a number or set to ADD, ADD of a list to
 *       {@code SET a = list_append(if_not_exists(a, []), v)});</li>
 *   <li>Query: {@code KeyConditions} to {@code KeyConditionExpression}, {@code QueryFilter} to
 *       {@code FilterExpression}; Scan: {@code ScanFilter} to {@code FilterExpression}.</li>
 * </ul>
 * Attribute names become generated {@code #n0, #n1, ...} and values {@code :v0, :v1, ...}, added to the request's
 * ExpressionAttributeNames / ExpressionAttributeValues (skipping placeholders the request already uses, since
 * {@code KeyConditions} may come with a {@code FilterExpression}). Refusals are AWS's ValidationExceptions, with
 * AWS's wording: legacy and expression parameters mixed, placeholders without expressions, wrong argument counts and
 * types per ComparisonOperator, malformed {@code Expected} and {@code AttributeUpdates} entries.
 */
package dev.stratus.dynamodb.legacy;
