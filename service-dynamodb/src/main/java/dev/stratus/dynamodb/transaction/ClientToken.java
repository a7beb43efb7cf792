package dev.stratus.dynamodb.transaction;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.JsonInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request's {@code ClientRequestToken} and the fingerprint of the whole request it came with, which tells a
 * retry (same request) from a different request reusing the token.
 */
record ClientToken(String token, String fingerprint) {

    /** The request's token, or {@code null} when it has none. */
    static ClientToken of(JsonNode input) {
        String token = JsonInput.text(input, "ClientRequestToken");
        if (token == null) {
            return null;
        }
        return new ClientToken(token, sha256(input.toString()));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
