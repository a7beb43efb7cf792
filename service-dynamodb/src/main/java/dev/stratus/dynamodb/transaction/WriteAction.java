package dev.stratus.dynamodb.transaction;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One action of a TransactWriteItems, checked and ready to decide on the current item.
 *
 * @param condition        whether the action may go ahead, given the current item ({@code null} when absent)
 * @param change           the new item given the current one ({@code null} deletes); {@code null} for a
 *                         ConditionCheck, which writes nothing
 * @param oldItemOnFailure whether a failed condition's cancellation reason carries the current item
 * @param requestBytes     what the action adds to the transaction's request size
 */
record WriteAction(Table table, PrimaryKey key, Predicate<Map<String, AttributeValue>> condition,
                   UnaryOperator<Map<String, AttributeValue>> change, boolean oldItemOnFailure, long requestBytes) {

    boolean writes() {
        return change != null;
    }

    ItemIdentity identity() {
        return ItemIdentity.of(table, key);
    }
}
