package dev.stratus.dynamodb.transaction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request's {@code ClientRequestToken} and the fingerprint of the whole request it came with, which tells a
 * retry (same request) from a different request reusing the token.
 */
record ClientToken(String token, String fingerprint) {

    /**
     * The request's token, or {@code null} when it has none. The fingerprint digests the typed request's canonical
     * form (its records render their values and expression trees deterministically).
     */
    static ClientToken of(TransactWriteItemsRequest request) {
        String token = request.clientRequestToken();
        if (token == null) {
            return null;
        }
        return new ClientToken(token, sha256(request.toString()));
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
