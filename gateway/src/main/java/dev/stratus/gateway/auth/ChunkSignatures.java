package dev.stratus.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The chain of chunk signatures of a payload signed in chunks ({@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD}): each
 * chunk's signature signs its data and the signature before it, the first the request's own (the seed), so no
 * chunk can be changed, dropped or moved.
 */
final class ChunkSignatures {

    static final String STREAMING_SIGNED = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
    private static final String ALGORITHM = "AWS4-HMAC-SHA256-PAYLOAD";
    private static final String EMPTY_HASH = SigV4Verifier.sha256Hex(new byte[0]);

    private ChunkSignatures() {
    }

    /** Whether every chunk of the body carries the signature its place in the chain calls for. */
    static boolean verify(byte[] sent, byte[] signingKey, Signature seed) {
        Optional<AwsChunkedBody> body = AwsChunkedBody.parse(sent);
        if (body.isEmpty()) {
            return false;
        }
        String previous = seed.signature();
        for (AwsChunkedBody.Chunk chunk : body.get().chunks()) {
            String stringToSign = ALGORITHM + "\n" + seed.date() + "\n" + seed.scope() + "\n" + previous + "\n"
                    + EMPTY_HASH + "\n" + SigV4Verifier.sha256Hex(chunk.data());
            String expected = HexFormat.of().formatHex(SigningKey.hmac(signingKey, stringToSign));
            if (chunk.signature().filter(given -> MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                    expected.getBytes(StandardCharsets.UTF_8))).isEmpty()) {
                return false;
            }
            previous = expected;
        }
        return true;
    }
}
