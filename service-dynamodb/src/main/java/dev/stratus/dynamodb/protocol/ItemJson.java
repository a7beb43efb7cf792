package dev.stratus.dynamodb.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.item.EncodedItemJson;
import dev.stratus.dynamodb.item.StoredItem;
import java.io.IOException;
import java.util.Map;

/**
 * An item (or key) placed in an output tree that is written straight to the generator when the output is
 * serialised, byte for byte as {@link AttributeValueCodec#encodeItem}'s tree would be, without building that tree:
 * item-bearing outputs (GetItem, Query, Scan, BatchGetItem, written items' attributes) would otherwise allocate a
 * node and a map per attribute only to serialise them once. An item read from storage and answered whole is
 * written from its stored encoding, never decoded.
 */
final class ItemJson implements JsonSerializable {

    private final Map<String, AttributeValue> item;

    private ItemJson(Map<String, AttributeValue> item) {
        this.item = item;
    }

    /** A node that serialises as the item's DynamoDB JSON; it has no members to navigate. */
    static JsonNode node(Map<String, AttributeValue> item) {
        return new POJONode(new ItemJson(item));
    }

    @Override
    public void serialize(JsonGenerator out, SerializerProvider serializers) throws IOException {
        if (item instanceof StoredItem stored) {
            out.writeRawValue(new RawJson(EncodedItemJson.of(stored.encoding())));
        } else {
            AttributeValueCodec.writeItem(out, item);
        }
    }

    @Override
    public void serializeWithType(JsonGenerator out, SerializerProvider serializers, TypeSerializer types)
            throws IOException {
        serialize(out, serializers);
    }
}
