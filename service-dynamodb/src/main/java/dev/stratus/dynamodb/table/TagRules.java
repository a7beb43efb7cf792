package dev.stratus.dynamodb.table;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.ConstraintViolations;
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
        ConstraintViolations violations = new ConstraintViolations();
        String lower = Character.toLowerCase(member.charAt(0)) + member.substring(1);
        for (int i = 0; i < nodes.size(); i++) {
            String key = JsonInput.text(nodes.get(i), "Key");
            String value = JsonInput.text(nodes.get(i), "Value");
            String at = lower + "." + (i + 1) + ".member";
            violations.notNull(key, at + ".key").length(key, at + ".key", 1, 128);
            violations.notNull(value, at + ".value").length(value, at + ".value", 0, 256);
            if (key != null && value != null) {
                tags.put(key, value);
            }
        }
        violations.throwIfAny();
        return tags;
    }
}
