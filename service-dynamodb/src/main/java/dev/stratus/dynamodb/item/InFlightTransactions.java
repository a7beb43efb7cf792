package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;

/**
 * The items write transactions in flight hold. A single-item write to one of them fails with
 * TransactionConflictException, as on AWS, instead of slipping in between a transaction's decision and commit.
 */
public interface InFlightTransactions {

    boolean holds(Table table, PrimaryKey key);
}
