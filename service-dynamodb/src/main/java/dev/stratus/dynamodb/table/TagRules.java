package dev.stratus.dynamodb.table;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.JsonInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and checks resource tags as AWS does. */
public final class TagRules {

    static final int MAX_TAGS = 50;

    private TagRules() {
    }

    /** The tags of a {@code [{"Key": k, "Value": v}]} member, in order; empty when absent. */
    public static Map<String, String> read(JsonNode input, String member) {
        List<JsonNode> nodes = JsonInput.array(input, member);
        Map<String, String> tags = new LinkedHashMap<>();
        if (nodes == null) {
            return tags;
        }
        for (JsonNode node : nodes) {
            tags.put(JsonInput.text(node, "Key"), JsonInput.text(node, "Value"));
        }
        return tags;
    }
}
