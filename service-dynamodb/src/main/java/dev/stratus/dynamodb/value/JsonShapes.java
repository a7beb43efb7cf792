package dev.stratus.dynamodb.value;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.protocol.CommonErrors;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON shapes DynamoDB's deserializer expects, refused with its SerializationException wording. */
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
            throw CommonErrors.serialization(
                    "'" + json.textValue().toUpperCase(Locale.ROOT) + "' can not be converted to an Boolean");
        }
        throw notConvertible(json, "an Boolean");
    }

    static Bytes blob(JsonNode json) {
        if (!json.isTextual()) {
            throw notConvertible(json, "a Blob");
        }
        String text = json.textValue();
        if (text.length() % 4 != 0) {
            throw CommonErrors.serialization("'" + text + "' can not be converted to a Blob: "
                    + "Base64 encoded length is expected a multiple of 4 bytes but found: " + text.length());
        }
        Matcher bad = BASE64_CHARACTER.matcher(text);
        if (bad.find()) {
            throw CommonErrors.serialization("'" + text + "' can not be converted to a Blob: "
                    + "Invalid Base64 character: '" + bad.group().charAt(0) + "'");
        }
        try {
            return Bytes.fromBase64(text);
        } catch (IllegalArgumentException e) {
            throw CommonErrors.serialization("'" + text + "' can not be converted to a Blob: "
                    + "Invalid last non-pad Base64 character dectected");
        }
    }

    static JsonNode list(JsonNode json) {
        if (json.isArray()) {
            return json;
        }
        if (json.isObject()) {
            throw CommonErrors.serialization("Start of structure or map found where not expected.");
        }
        throw CommonErrors.serialization("Expected list or null");
    }

    static void requireMap(JsonNode json) {
        if (json.isArray()) {
            throw CommonErrors.serialization("Start of list found where not expected");
        }
        if (!json.isObject()) {
            throw CommonErrors.serialization("Expected map or null");
        }
    }

    static void requireObject(JsonNode json) {
        if (json.isArray()) {
            throw CommonErrors.serialization("Start of list found where not expected");
        }
        if (!json.isObject()) {
            throw CommonErrors.serialization("Expected null");
        }
    }

    private static AwsServiceException notConvertible(JsonNode json, String target) {
        if (json.isArray()) {
            return CommonErrors.serialization("Start of list found where not expected");
        }
        if (json.isObject()) {
            return CommonErrors.serialization("Start of structure or map found where not expected.");
        }
        return CommonErrors.serialization("class " + javaClass(json) + " can not be converted to " + target);
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
