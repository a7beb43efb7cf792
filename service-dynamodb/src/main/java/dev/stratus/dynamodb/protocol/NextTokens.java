package dev.stratus.dynamodb.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.partiql.PartiqlErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * ExecuteStatement's NextToken: an opaque string carrying the Query's or Scan's LastEvaluatedKey, given back as
 * ExclusiveStartKey on the next page.
 */
public final class NextTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "1:";

    private NextTokens() {
    }

    public static String encode(ObjectNode lastEvaluatedKey) {
        byte[] json = (VERSION + lastEvaluatedKey.toString()).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
    }

    /** The LastEvaluatedKey a token carries; a token not made by {@link #encode} is a ValidationException. */
    public static ObjectNode decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!text.startsWith(VERSION)) {
                throw PartiqlErrors.invalidNextToken();
            }
            JsonNode key = JSON.readTree(text.substring(VERSION.length()));
            if (!(key instanceof ObjectNode object)) {
                throw PartiqlErrors.invalidNextToken();
            }
            return object;
        } catch (IllegalArgumentException | IOException e) {
            throw PartiqlErrors.invalidNextToken();
        }
    }
}
