/**
 * DynamoDB's legacy (non-expression) request parameters, compiled straight to the expression trees they state.
 *
 * <p>One entry point: {@link dev.stratus.dynamodb.legacy.LegacyParameters#compile(LegacyInput)}, given the legacy
 * parameters the protocol layer read from a request; operations then see only expression trees:
 * <ul>
 *   <li>GetItem, BatchGetItem (per table), Query, Scan: {@code AttributesToGet} to the projection;</li>
 *   <li>PutItem, DeleteItem, UpdateItem: {@code Expected} (+ {@code ConditionalOperator}) to the condition;</li>
 *   <li>UpdateItem: {@code AttributeUpdates} to the update (PUT to SET, DELETE without a value to REMOVE, DELETE
 *       with a set to DELETE, ADD of a number or set to ADD, ADD of a list to
 *       {@code SET a = list_append(if_not_exists(a, []), v)});</li>
 *   <li>Query: {@code KeyConditions} to the key condition, {@code QueryFilter} to the filter; Scan:
 *       {@code ScanFilter} to the filter.</li>
 * </ul>
 * Refusals are AWS's ValidationExceptions, with AWS's wording: legacy and expression parameters mixed,
 * placeholders without expressions, wrong argument counts and types per ComparisonOperator, malformed
 * {@code Expected} and {@code AttributeUpdates} entries.
 */
package dev.stratus.dynamodb.legacy;
