package dev.stratus.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.spi.AwsServiceException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.function.Executable;

/** Shared helpers for expression tests: items and placeholder values written as DynamoDB JSON. */
final class ExpressionFixtures {

    static final Expressions EXPRESSIONS = new Expressions();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExpressionFixtures() {
    }

    /** An item from DynamoDB JSON written with single quotes: {@code item("{'a': {'S': 'x'}}")}. */
    static Map<String, AttributeValue> item(String json) {
        return AttributeValueCodec.decodeItem(json(json));
    }

    static JsonNode json(String json) {
        try {
            return MAPPER.readTree(json.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }


    static Map<String, String> names(String... pairs) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        return names;
    }

    /** The placeholders an expression uses, as a request would send them: {@code null} if none. */
    static <T> Map<String, T> used(Map<String, T> placeholders, String expression) {
        Map<String, T> used = new LinkedHashMap<>();
        placeholders.forEach((key, value) -> {
            if (Pattern.compile(Pattern.quote(key) + "\\b").matcher(expression).find()) {
                used.put(key, value);
            }
        });
        return used.isEmpty() ? null : used;
    }

    static String message(Executable executable) {
        return assertThrows(AwsServiceException.class, executable).getMessage();
    }
}
