package dev.stratus.dynamodb.table;

import dev.stratus.dynamodb.DynamoDbErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks resource tags as AWS does. */
public final class TagRules {

    static final int MAX_TAGS = 50;

    /** Letters and digits of any script, white space, and {@code _ . : / = + - @}, as AWS allows in tags. */
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}\\p{Z}\\s_.:/=+\\-@]*");
    private static final String RESERVED_PREFIX = "aws:";

    private TagRules() {
    }

    /** The tags given, by key, in order, checked. */
    public static Map<String, String> check(List<Tag> given) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Tag tag : given) {
            String key = tag.key();
            String value = tag.value();
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
