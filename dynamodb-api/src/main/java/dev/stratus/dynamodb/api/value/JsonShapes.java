package dev.stratus.dynamodb.api.value;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.spi.AwsServiceException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON shapes DynamoDB's deserializer expects of attribute values. */
final class JsonShapes {

    private static final Pattern BASE64_CHARACTER = Pattern.compile("[^a-zA-Z0-9+/=]|=[^=]");

    private JsonShapes() {
    }

    static String string(JsonNode json) {
        if (json.isTextual()) {
            return json.textValue();
        }
        throw notConvertible(json, "an String");
    }

    static boolean bool(JsonNode json) {
        if (json.isBoolean()) {
            return json.booleanValue();
        }
        if (json.isTextual()) {
            throw DynamoDbValidation.notBoolean(json.textValue().toUpperCase(Locale.ROOT));
        }
        throw notConvertible(json, "an Boolean");
    }

    static Bytes blob(JsonNode json) {
        if (!json.isTextual()) {
            throw notConvertible(json, "a Blob");
        }
        String text = json.textValue();
        if (text.length() % 4 != 0) {
            throw DynamoDbValidation.notBlob(text,
                    "Base64 encoded length is expected a multiple of 4 bytes but found: " + text.length());
        }
        Matcher bad = BASE64_CHARACTER.matcher(text);
        if (bad.find()) {
            throw DynamoDbValidation.notBlob(text, "Invalid Base64 character: '" + bad.group().charAt(0) + "'");
        }
        try {
            return Bytes.fromBase64(text);
        } catch (IllegalArgumentException e) {
            throw DynamoDbValidation.notBlob(text, "Invalid last non-pad Base64 character dectected");
        }
    }

    static JsonNode list(JsonNode json) {
        if (json.isArray()) {
            return json;
        }
        if (json.isObject()) {
            throw DynamoDbValidation.unexpectedStructure();
        }
        throw DynamoDbValidation.expected("list or null");
    }

    static void requireMap(JsonNode json) {
        if (json.isArray()) {
            throw DynamoDbValidation.unexpectedList();
        }
        if (!json.isObject()) {
            throw DynamoDbValidation.expected("map or null");
        }
    }

    static void requireObject(JsonNode json) {
        if (json.isArray()) {
            throw DynamoDbValidation.unexpectedList();
        }
        if (!json.isObject()) {
            throw DynamoDbValidation.expected("null");
        }
    }

    private static AwsServiceException notConvertible(JsonNode json, String target) {
        if (json.isArray()) {
            return DynamoDbValidation.unexpectedList();
        }
        if (json.isObject()) {
            return DynamoDbValidation.unexpectedStructure();
        }
        return DynamoDbValidation.notConvertible(javaClass(json), target);
    }

    private static String javaClass(JsonNode json) {
        if (json.isBoolean()) {
            return "java.lang.Boolean";
        }
        if (!json.isIntegralNumber()) {
            return "java.lang.Double";
        }
        long value = json.asLong();
        if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            return "java.lang.Short";
        }
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? "java.lang.Integer" : "java.lang.Long";
    }
}
