package dev.stratus.dynamodb.transaction;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.expression.Condition;
import dev.stratus.dynamodb.expression.Update;
import java.util.Map;
import java.util.Optional;

/**
 * One action of a TransactWriteItems: a ConditionCheck, Put, Update or Delete of one item.
 *
 * @param item   the new item of a Put, else {@code null}
 * @param key    the key of the item a ConditionCheck, Update or Delete names, else {@code null}
 * @param update the update of an Update, else empty
 */
public record TransactWriteItem(Kind kind, String tableName, Map<String, AttributeValue> item,
                                Map<String, AttributeValue> key, Optional<Update> update,
                                Optional<Condition> condition, boolean oldItemOnConditionFailure) {

    /** What the action does. */
    public enum Kind {
        CONDITION_CHECK, PUT, UPDATE, DELETE
    }

    public static TransactWriteItem put(String tableName, Map<String, AttributeValue> item,
                                        Optional<Condition> condition, boolean oldItemOnConditionFailure) {
        return new TransactWriteItem(Kind.PUT, tableName, item, null, Optional.empty(), condition,
                oldItemOnConditionFailure);
    }

    public static TransactWriteItem update(String tableName, Map<String, AttributeValue> key, Update update,
                                           Optional<Condition> condition, boolean oldItemOnConditionFailure) {
        return new TransactWriteItem(Kind.UPDATE, tableName, null, key, Optional.of(update), condition,
                oldItemOnConditionFailure);
    }

    public static TransactWriteItem delete(String tableName, Map<String, AttributeValue> key,
                                           Optional<Condition> condition, boolean oldItemOnConditionFailure) {
        return new TransactWriteItem(Kind.DELETE, tableName, null, key, Optional.empty(), condition,
                oldItemOnConditionFailure);
    }

    public static TransactWriteItem conditionCheck(String tableName, Map<String, AttributeValue> key,
                                                   Optional<Condition> condition, boolean oldItemOnConditionFailure) {
        return new TransactWriteItem(Kind.CONDITION_CHECK, tableName, null, key, Optional.empty(), condition,
                oldItemOnConditionFailure);
    }

    /** Refuses an entry of TransactItems that gives other than exactly one action, as AWS does. */
    public static void requireOneAction(int actionsGiven) {
        if (actionsGiven != 1) {
            throw TransactionErrors.oneActionPerItem();
        }
    }
}
