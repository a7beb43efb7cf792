/**
 * PartiQL for DynamoDB (ExecuteStatement, BatchExecuteStatement, ExecuteTransaction), translated into plain
 * operations in expression form, so the engine runs PartiQL through its ordinary Query, Scan, GetItem, PutItem,
 * UpdateItem and DeleteItem.
 *
 * <h2>Wiring, the short way</h2>
 * Implement {@link dev.stratus.dynamodb.partiql.PartiqlBackend} (a table's keys; run a plain operation by name, with
 * the same JSON a client would send) and register
 * <pre>{@code
 * PartiqlOperations partiql = new PartiqlOperations(backend);
 * .operation("ExecuteStatement", partiql::executeStatement)
 * .operation("BatchExecuteStatement", partiql::batchExecuteStatement)
 * .operation("ExecuteTransaction", partiql::executeTransaction)   // runs TransactWriteItems / TransactGetItems
 * }</pre>
 * The pieces below are what it is made of, for a caller that wants them one by one.
 *
 * <h2>ExecuteStatement</h2>
 * <pre>{@code
 * PartiqlStatement statement = PartiqlParser.parse(input.Statement);           // syntax errors
 * TableKeys keys = TableKeys.of(hashKey, rangeKeyOrNull)                        // from statement.tableName()'s
 *         .withIndex("ByAlbum", "Album", "Year");                               // table (missing: ResourceNotFound)
 * OperationRequest request = PartiqlTranslator.translate(statement, input.Parameters, keys);
 * // request.operation(): Query | Scan | PutItem | UpdateItem | DeleteItem; request.body(): its input.
 * // For Query/Scan add ConsistentRead, Limit, ExclusiveStartKey = NextTokens.decode(input.NextToken);
 * // add ReturnConsumedCapacity and ReturnValuesOnConditionCheckFailure as given.
 * // Run it. Output: PartiqlResults.selectOutput(queryOrScanOutput) for a read, else
 * // PartiqlResults.writeOutput(writeOutput). An INSERT's ConditionalCheckFailedException becomes
 * // PartiqlErrors.duplicateItem(); UPDATE's and DELETE's stay ConditionalCheckFailedException.
 * }</pre>
 *
 * <h2>BatchExecuteStatement</h2>
 * Parse every statement, {@link dev.stratus.dynamodb.partiql.StatementBatches#requireReadsOrWrites}, then for each:
 * {@code PartiqlTranslator.translateSingleItem(statement, parameters, keys, StatementBatch.BATCH)} (a SELECT must
 * pin the whole primary key and becomes a GetItem; writes as above), run it on its own, and answer
 * {@code PartiqlResults.batchResponse(table, output)} or, on an {@code AwsServiceException},
 * {@code PartiqlResults.batchError(table, error)} (INSERT's ConditionalCheckFailed translated to DuplicateItem first).
 *
 * <h2>ExecuteTransaction</h2>
 * Same translation with {@code StatementBatch.TRANSACTION}; {@code PartiqlResults.transactItem(request)} gives the
 * TransactWriteItems / TransactGetItems entry ({@code Put}, {@code Update}, {@code Delete}, {@code ConditionCheck}
 * for {@code EXISTS(SELECT ...)}, {@code Get}); run them as one transaction. Responses for reads are the Get results
 * ({@code {Item}}).
 *
 * <h2>The subset</h2>
 * {@code SELECT * | path, ... FROM "T"[."I"] [WHERE cond] [ORDER BY key [ASC|DESC]]};
 * {@code INSERT INTO "T" VALUE {...}}; {@code UPDATE "T" (SET path = value, ... | REMOVE path, ...)+ WHERE cond
 * [RETURNING (ALL|MODIFIED) (OLD|NEW) *]}; {@code DELETE FROM "T" WHERE cond [RETURNING ALL OLD *]} (a missing
 * item is no error; an existing one failing the other conditions is); {@code EXISTS(SELECT ...)} in transactions.
 * Conditions:
 * {@code = <> != < <= > >=}, AND, OR, NOT, parentheses, BETWEEN, [NOT] IN [..] or (..), {@code begins_with},
 * {@code contains}, {@code attribute_type}, {@code size}, IS [NOT] MISSING. SET values: literals, {@code ?},
 * paths, {@code +}/{@code -}, {@code list_append}, {@code if_not_exists}, {@code set_add}, {@code set_delete}.
 * Literals: 'strings' (with '' for a quote), numbers, TRUE/FALSE, NULL, [lists], {'maps': ..}, <<sets>>.
 * Identifiers bare or "double quoted"; keywords case-insensitive; {@code --} comments.
 */
package dev.stratus.dynamodb.partiql;
