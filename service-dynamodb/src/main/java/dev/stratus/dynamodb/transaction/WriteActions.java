package dev.stratus.dynamodb.transaction;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.ItemSize;
import dev.stratus.dynamodb.expression.Update;
import dev.stratus.dynamodb.expression.UpdateResult;
import dev.stratus.dynamodb.item.ItemOperations;
import dev.stratus.dynamodb.item.ItemRules;
import dev.stratus.dynamodb.key.KeyRules;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Checks the {@code ConditionCheck}, {@code Put}, {@code Update} or {@code Delete} of one TransactItems entry. */
@Singleton
final class WriteActions {

    private final TableService tables;

    @Inject
    WriteActions(TableService tables) {
        this.tables = tables;
    }

    WriteAction check(TransactWriteItem entry, RequestContext context) {
        Table table = tables.forItems(context, entry.tableName());
        TableDefinition definition = table.definition();
        return switch (entry.kind()) {
            case PUT -> put(entry, table);
            case UPDATE -> update(entry, table, KeyRules.ofKey(definition.keySchema(), entry.key()));
            case DELETE -> keyed(entry, table, current -> null);
            case CONDITION_CHECK -> keyed(entry, table, null);
        };
    }

    private static WriteAction put(TransactWriteItem entry, Table table) {
        Map<String, AttributeValue> item = entry.item();
        PrimaryKey key = KeyRules.ofItem(table.definition().keySchema(), item);
        ItemRules.checkNewItem(table.definition(), item);
        return new WriteAction(table, key, ItemOperations.condition(entry.condition()), current -> item,
                entry.oldItemOnConditionFailure(), ItemSize.of(item));
    }

    private static WriteAction update(TransactWriteItem entry, Table table, PrimaryKey key) {
        TableDefinition definition = table.definition();
        Update update = entry.update().orElseThrow();
        update.refuseKeyAttributes(ItemOperations.keyNames(definition));
        return new WriteAction(table, key, ItemOperations.condition(entry.condition()), current -> {
            UpdateResult updated = update.apply(current, key.attributes());
            ItemRules.checkNewItem(definition, updated.newItem());
            return updated.storedItem();
        }, entry.oldItemOnConditionFailure(), ItemSize.of(key.attributes()));
    }

    /** A Delete ({@code change} deletes) or a ConditionCheck ({@code change} is {@code null}). */
    private static WriteAction keyed(TransactWriteItem entry, Table table,
                                     UnaryOperator<Map<String, AttributeValue>> change) {
        PrimaryKey key = KeyRules.ofKey(table.definition().keySchema(), entry.key());
        return new WriteAction(table, key, ItemOperations.condition(entry.condition()), change,
                entry.oldItemOnConditionFailure(), ItemSize.of(key.attributes()));
    }
}
