/**
 * PartiQL for DynamoDB (ExecuteStatement, BatchExecuteStatement, ExecuteTransaction), compiled straight to the
 * engine's typed requests (Query, Scan, GetItem, PutItem, UpdateItem, DeleteItem, TransactWriteItems' actions and
 * TransactGetItems' gets), their expressions built as trees through
 * {@link dev.stratus.dynamodb.expression.ExpressionTrees}: nothing is written as expression text or JSON and parsed
 * again.
 *
 * <h2>Wiring, the short way</h2>
 * Implement {@link dev.stratus.dynamodb.partiql.PartiqlBackend} (a table's keys; the typed operations); the JSON
 * side is {@code dev.stratus.dynamodb.protocol.PartiqlProtocol}:
 * <pre>{@code
 * PartiqlProtocol partiql = new PartiqlProtocol(backend);
 * .operation("ExecuteStatement", partiql::executeStatement)
 * .operation("BatchExecuteStatement", partiql::batchExecuteStatement)
 * .operation("ExecuteTransaction", partiql::executeTransaction)
 * }</pre>
 * The pieces below are what it is made of, for a caller that wants them one by one.
 *
 * <h2>ExecuteStatement</h2>
 * <pre>{@code
 * PartiqlStatement statement = PartiqlParser.parse(text);                       // syntax errors
 * TableKeys keys = TableKeys.of(tableDefinition);                                 // statement.tableName()'s table
 * StatementOptions options = new StatementOptions(consistentRead, limit, startKey, capacity, oldItemOnFailure);
 * PartiqlRequest request = PartiqlTranslator.translate(statement, parametersOrNull, keys, options);
 * // request: Query | Scan | Put | Update | Delete, each holding the engine's request record. Run it; the output
 * // is PartiqlResults.selectOutput(readResult) or PartiqlResults.writeOutput(writeResult). An INSERT's
 * // ConditionalCheckFailedException becomes PartiqlErrors.duplicateItem(); UPDATE's and DELETE's stay.
 * }</pre>
 *
 * <h2>BatchExecuteStatement</h2>
 * Parse every statement, {@link dev.stratus.dynamodb.partiql.StatementBatches#requireReadsOrWrites}, then for each:
 * {@code PartiqlTranslator.translateSingleItem(statement, parameters, keys, StatementBatch.BATCH, options)} (a
 * SELECT must pin the whole primary key and becomes a GetItem; writes as above), run it on its own, and answer
 * {@code PartiqlResults.batchResponse(table, getResultOrNull)} or, on an {@code AwsServiceException},
 * {@code PartiqlResults.batchError(table, error)} (INSERT's ConditionalCheckFailed translated to DuplicateItem first).
 *
 * <h2>ExecuteTransaction</h2>
 * Same translation with {@code StatementBatch.TRANSACTION}; {@code PartiqlRequest#transactWriteItem()} gives the
 * TransactWriteItems action ({@code EXISTS(SELECT ...)} is a ConditionCheck) and
 * {@code PartiqlRequest.Get#transactGetItem()} the TransactGetItems get; run them as one transaction.
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
