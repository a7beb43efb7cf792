package dev.stratus.dynamodb.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void serialisesInsideAnOutputByteForByteAsTheItemsTree() throws Exception {
        List<Map<String, AttributeValue>> items = List.of(item(), Map.of(), AttributeValueCodec.decodeItem(
                MAPPER.readTree("{\"k\":{\"S\":\"\\u2028\\u0000 \\\"\"},\"n\":{\"N\":\"-1E-130\"}}")));
        ObjectNode written = JSON.objectNode();
        ObjectNode tree = JSON.objectNode();
        items.forEach(item -> written.withArray("Items").add(ItemJson.node(item)));
        items.forEach(item -> tree.withArray("Items").add(AttributeValueCodec.encodeItem(item)));
        written.set("Item", ItemJson.node(item()));
        tree.set("Item", AttributeValueCodec.encodeItem(item()));
        written.put("Count", items.size());
        tree.put("Count", items.size());
        assertArrayEquals(MAPPER.writeValueAsBytes(tree), MAPPER.writeValueAsBytes(written));
    }

    private static Map<String, AttributeValue> item() throws Exception {
        return AttributeValueCodec.decodeItem(MAPPER.readTree("""
                {"s": {"S": "x \\"q\\" \\u00e9 \\ud83d\\ude00 \\n"}, "n": {"N": "1.50e1"}, "b": {"B": "AQI="},
                 "t": {"BOOL": false}, "z": {"NULL": true}, "ss": {"SS": ["b", "a"]}, "ns": {"NS": ["2", "-1"]},
                 "bs": {"BS": ["AQI=", ""]}, "l": {"L": [{"S": "y"}, {"L": []}, {"M": {}}]},
                 "m": {"M": {"k": {"S": ""}, "\\u00fc": {"M": {"x": {"NULL": true}}}}}}"""));
    }
}
