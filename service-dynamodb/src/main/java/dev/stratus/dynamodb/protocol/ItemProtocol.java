package dev.stratus.dynamodb.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.expression.Condition;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.ExpressionRequest;
import dev.stratus.dynamodb.expression.Expressions;
import dev.stratus.dynamodb.item.DeleteItemRequest;
import dev.stratus.dynamodb.item.GetItemRequest;
import dev.stratus.dynamodb.item.GetItemResult;
import dev.stratus.dynamodb.item.ItemCollectionMetrics;
import dev.stratus.dynamodb.item.ItemOperations;
import dev.stratus.dynamodb.item.PutItemRequest;
import dev.stratus.dynamodb.item.ReturnValues;
import dev.stratus.dynamodb.item.UpdateItemRequest;
import dev.stratus.dynamodb.item.WriteItemResult;
import dev.stratus.dynamodb.item.WriteOptions;
import dev.stratus.dynamodb.legacy.LegacyExpressions;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PutItem, GetItem, UpdateItem and DeleteItem in DynamoDB JSON: reads each request into its typed record (in the
 * order AWS reports mistakes: members, then expressions), runs it, and writes the result.
 */
@Singleton
public final class ItemProtocol {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ItemOperations items;
    private final Expressions expressions;

    @Inject
    public ItemProtocol(ItemOperations items, Expressions expressions) {
        this.items = items;
        this.expressions = expressions;
    }

    public JsonNode putItem(JsonNode input, RequestContext context) {
        return writeResult(items.putItem(readPutItem(input), context));
    }

    public JsonNode getItem(JsonNode input, RequestContext context) {
        return getResult(items.getItem(readGetItem(input), context));
    }

    public JsonNode updateItem(JsonNode input, RequestContext context) {
        return writeResult(items.updateItem(readUpdateItem(input), context));
    }

    public JsonNode deleteItem(JsonNode input, RequestContext context) {
        return writeResult(items.deleteItem(readDeleteItem(input), context));
    }

    public PutItemRequest readPutItem(JsonNode input) {
        WholeItemWrite write = readWholeItemWrite("PutItem", "Item", input);
        return new PutItemRequest(write.tableName(), write.attributes(), write.condition(), write.options());
    }

    public GetItemRequest readGetItem(JsonNode input) {
        LegacyExpressions legacy = LegacyJson.compile("GetItem", input);
        JsonNode key = JsonInput.object(input, "Key");
        CapacityMode capacity = capacityMode(input);
        boolean consistent = JsonInput.flag(input, "ConsistentRead");
        Map<String, AttributeValue> decoded = AttributeValueCodec.decodeItem(key);
        ExpressionRequest request = ExpressionParameters.read(expressions, input, ExpressionKind.PROJECTION);
        return new GetItemRequest(JsonInput.text(input, "TableName"), decoded,
                legacy.projection().or(request::projection), consistent, capacity);
    }

    public UpdateItemRequest readUpdateItem(JsonNode input) {
        LegacyExpressions legacy = LegacyJson.compile("UpdateItem", input);
        JsonNode key = JsonInput.object(input, "Key");
        WriteOptions options = writeOptions(input, EnumSet.allOf(ReturnValues.class));
        Map<String, AttributeValue> decoded = AttributeValueCodec.decodeItem(key);
        ExpressionRequest request = ExpressionParameters.read(expressions, input, ExpressionKind.UPDATE,
                ExpressionKind.CONDITION);
        return new UpdateItemRequest(JsonInput.text(input, "TableName"), decoded,
                legacy.update().or(request::update), legacy.condition().or(request::condition), options);
    }

    public DeleteItemRequest readDeleteItem(JsonNode input) {
        WholeItemWrite write = readWholeItemWrite("DeleteItem", "Key", input);
        return new DeleteItemRequest(write.tableName(), write.attributes(), write.condition(), write.options());
    }

    /** What a PutItem (its Item) or a DeleteItem (its Key) says: one item's attributes and a condition. */
    private record WholeItemWrite(String tableName, Map<String, AttributeValue> attributes,
                                  Optional<Condition> condition, WriteOptions options) {
    }

    private WholeItemWrite readWholeItemWrite(String operation, String member, JsonNode input) {
        LegacyExpressions legacy = LegacyJson.compile(operation, input);
        JsonNode attributes = JsonInput.object(input, member);
        WriteOptions options = writeOptions(input, ReturnValues.OLD_ONLY);
        Map<String, AttributeValue> decoded = AttributeValueCodec.decodeItem(attributes);
        ExpressionRequest request = ExpressionParameters.read(expressions, input, ExpressionKind.CONDITION);
        return new WholeItemWrite(JsonInput.text(input, "TableName"), decoded,
                legacy.condition().or(request::condition), options);
    }

    /** {@code ReturnConsumedCapacity}. */
    public static CapacityMode capacityMode(JsonNode input) {
        return CapacityMode.of(JsonInput.text(input, "ReturnConsumedCapacity"));
    }

    /** {@code ReturnItemCollectionMetrics: SIZE}. */
    public static boolean itemCollectionMetrics(JsonNode input) {
        return "SIZE".equals(JsonInput.text(input, "ReturnItemCollectionMetrics"));
    }

    /** {@code ReturnValuesOnConditionCheckFailure: ALL_OLD}. */
    public static boolean oldItemOnConditionFailure(JsonNode input) {
        return "ALL_OLD".equals(JsonInput.text(input, "ReturnValuesOnConditionCheckFailure"));
    }

    private static WriteOptions writeOptions(JsonNode input, Set<ReturnValues> allowed) {
        return new WriteOptions(ReturnValues.of(JsonInput.text(input, "ReturnValues"), allowed),
                capacityMode(input), itemCollectionMetrics(input), oldItemOnConditionFailure(input));
    }

    private static ObjectNode writeResult(WriteItemResult result) {
        ObjectNode output = JSON.objectNode();
        if (result.attributes() != null && !result.attributes().isEmpty()) {
            output.set("Attributes", ItemJson.node(result.attributes()));
        }
        CapacityJson.set(output, result.consumedCapacity());
        if (result.itemCollectionMetrics() != null) {
            output.set("ItemCollectionMetrics", itemCollectionMetrics(result.itemCollectionMetrics()));
        }
        return output;
    }

    private static ObjectNode getResult(GetItemResult result) {
        ObjectNode output = JSON.objectNode();
        if (result.item() != null) {
            output.set("Item", ItemJson.node(result.item()));
        }
        CapacityJson.set(output, result.consumedCapacity());
        return output;
    }

    /** The {@code ItemCollectionMetrics} of one write. */
    public static ObjectNode itemCollectionMetrics(ItemCollectionMetrics metrics) {
        ObjectNode json = JSON.objectNode();
        json.putObject("ItemCollectionKey").set(metrics.hashKeyName(), AttributeValueCodec.encode(metrics.hashKeyValue()));
        json.putArray("SizeEstimateRangeGB").add(0.0).add(1.0);
        return json;
    }
}
