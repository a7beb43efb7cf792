package dev.stratus.dynamodb.table;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.JsonInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads and checks resource tags as AWS does. */
public final class TagRules {

    static final int MAX_TAGS = 50;

    /** Letters and digits of any script, white space, and {@code _ . : / = + - @}, as AWS allows in tags. */
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}\\p{Z}\\s_.:/=+\\-@]*");
    private static final String RESERVED_PREFIX = "aws:";

    private TagRules() {
    }

    /** The tags of a {@code [{"Key": k, "Value": v}]} member, in order, checked; empty when absent. */
    public static Map<String, String> read(JsonNode input, String member) {
        List<JsonNode> nodes = JsonInput.array(input, member);
        Map<String, String> tags = new LinkedHashMap<>();
        if (nodes == null) {
            return tags;
        }
        for (JsonNode node : nodes) {
            String key = JsonInput.text(node, "Key");
            String value = JsonInput.text(node, "Value");
            checkKey(key);
            if (key.toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX)) {
                throw DynamoDbErrors.validation("Tag Key cannot be prefixed with aws:, Key: " + key);
            }
            if (value == null || !ALLOWED.matcher(value).matches()) {
                throw DynamoDbErrors.validation("The Tag Value provided is invalid, Value: " + value);
            }
            if (tags.put(key, value) != null) {
                throw DynamoDbErrors.validation("Duplicate Tag Keys provided as input: Duplicate Tag Key found " + key);
            }
        }
        return tags;
    }

    /** Refuses a tag key with characters AWS does not allow in tags. */
    public static void checkKey(String key) {
        if (key == null || !ALLOWED.matcher(key).matches()) {
            throw DynamoDbErrors.validation("The Tag Key provided is invalid, Key: " + key);
        }
    }
}
