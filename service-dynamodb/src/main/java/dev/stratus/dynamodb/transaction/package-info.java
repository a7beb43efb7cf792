/**
 * TransactWriteItems and TransactGetItems: all-or-nothing, isolated from every other writer, with AWS's
 * cancellation reasons, ClientRequestToken idempotency and doubled capacity.
 *
 * <p>A write transaction first claims its items in {@link dev.stratus.dynamodb.transaction.InFlightItems} (a
 * transaction meeting another in flight on the same item is cancelled with {@code TransactionConflict}), then
 * takes the {@link dev.stratus.dynamodb.item.ItemLocks} of its items (in the one order every writer uses, so none
 * deadlock), decides every action on the current items, and commits all changes through
 * {@link dev.stratus.dynamodb.item.ItemCommitter} in one write batch, which publishes one change per changed item.
 */
package dev.stratus.dynamodb.transaction;
