package dev.stratus.dynamodb.transaction;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.protocol.ExpressionParameters;
import dev.stratus.dynamodb.protocol.ItemProtocol;
import dev.stratus.dynamodb.protocol.CapacityJson;
import dev.stratus.dynamodb.item.ItemCollectionMetrics;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.dynamodb.expression.Condition;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.ExpressionRequest;
import dev.stratus.dynamodb.expression.Expressions;
import dev.stratus.dynamodb.expression.Update;
import dev.stratus.dynamodb.expression.UpdateResult;
import dev.stratus.dynamodb.item.ItemRules;
import dev.stratus.dynamodb.item.ReturnValues;
import dev.stratus.dynamodb.key.KeyRules;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.KeyElement;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.api.value.ItemSize;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Reads the {@code ConditionCheck}, {@code Put}, {@code Update} or {@code Delete} of one TransactItems entry. */
@Singleton
final class WriteActions {


    private final TableService tables;
    private final Expressions expressions;

    @Inject
    WriteActions(TableService tables, Expressions expressions) {
        this.tables = tables;
        this.expressions = expressions;
    }

    WriteAction read(JsonNode entry, RequestContext context) {
        JsonNode check = JsonInput.object(entry, "ConditionCheck");
        JsonNode put = JsonInput.object(entry, "Put");
        JsonNode update = JsonInput.object(entry, "Update");
        JsonNode delete = JsonInput.object(entry, "Delete");
        int given = (check == null ? 0 : 1) + (put == null ? 0 : 1) + (update == null ? 0 : 1)
                + (delete == null ? 0 : 1);
        if (given != 1) {
            throw TransactionErrors.oneActionPerItem();
        }
        if (put != null) {
            return put(put, context);
        }
        if (update != null) {
            return update(update, context);
        }
        return check != null ? conditionCheck(check, context) : delete(delete, context);
    }

    private WriteAction put(JsonNode input, RequestContext context) {
        JsonNode itemJson = JsonInput.object(input, "Item");
        Map<String, AttributeValue> item = AttributeValueCodec.decodeItem(itemJson);
        ExpressionRequest request = ExpressionParameters.read(expressions, input, ExpressionKind.CONDITION);
        Table table = tables.forItems(context, JsonInput.text(input, "TableName"));
        PrimaryKey key = KeyRules.ofItem(table.definition().keySchema(), item);
        ItemRules.checkNewItem(table.definition(), item);
        return new WriteAction(table, key, condition(request), current -> item,
                ItemProtocol.oldItemOnConditionFailure(input), ItemSize.of(item));
    }

    private WriteAction update(JsonNode input, RequestContext context) {
        JsonNode keyJson = JsonInput.object(input, "Key");
        ExpressionRequest request = ExpressionParameters.read(expressions, input, ExpressionKind.UPDATE,
                ExpressionKind.CONDITION);
        Table table = tables.forItems(context, JsonInput.text(input, "TableName"));
        TableDefinition definition = table.definition();
        PrimaryKey key = KeyRules.ofKey(definition.keySchema(), AttributeValueCodec.decodeItem(keyJson));
        Update update = request.update(keyNames(definition)).orElseThrow();
        return new WriteAction(table, key, condition(request), current -> {
            UpdateResult updated = update.apply(current, key.attributes());
            ItemRules.checkNewItem(definition, updated.newItem());
            return updated.storedItem();
        }, ItemProtocol.oldItemOnConditionFailure(input), ItemSize.of(key.attributes()));
    }

    private WriteAction delete(JsonNode input, RequestContext context) {
        KeyedAction keyed = keyed(input, context, ExpressionKind.CONDITION);
        return new WriteAction(keyed.table(), keyed.key(), condition(keyed.request()), current -> null,
                ItemProtocol.oldItemOnConditionFailure(input), ItemSize.of(keyed.key().attributes()));
    }

    private WriteAction conditionCheck(JsonNode input, RequestContext context) {
        KeyedAction keyed = keyed(input, context, ExpressionKind.CONDITION);
        return new WriteAction(keyed.table(), keyed.key(), condition(keyed.request()), null,
                ItemProtocol.oldItemOnConditionFailure(input), ItemSize.of(keyed.key().attributes()));
    }

    /** An action naming its item by key. */
    private record KeyedAction(Table table, PrimaryKey key, ExpressionRequest request) {
    }

    private KeyedAction keyed(JsonNode input, RequestContext context, ExpressionKind... kinds) {
        JsonNode keyJson = JsonInput.object(input, "Key");
        ExpressionRequest request = ExpressionParameters.read(expressions, input, kinds);
        Table table = tables.forItems(context, JsonInput.text(input, "TableName"));
        PrimaryKey key = KeyRules.ofKey(table.definition().keySchema(), AttributeValueCodec.decodeItem(keyJson));
        return new KeyedAction(table, key, request);
    }

    private static Predicate<Map<String, AttributeValue>> condition(ExpressionRequest request) {
        Optional<Condition> condition = request.condition();
        return condition.isEmpty() ? current -> true : condition.get()::test;
    }

    private static Set<String> keyNames(TableDefinition definition) {
        return definition.keySchema().elements().stream().map(KeyElement::name).collect(Collectors.toSet());
    }
}
