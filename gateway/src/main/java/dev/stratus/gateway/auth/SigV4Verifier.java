package dev.stratus.gateway.auth;

import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.Protocol;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Checks AWS Signature Version 4, in the {@code Authorization} header or a presigned URL's query, against the
 * credentials Stratus knows, and for a payload signed in chunks every chunk's signature. A signature more than
 * 15 minutes from the clock is refused, as AWS refuses it.
 */
public final class SigV4Verifier {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final Duration SKEW = Duration.ofMinutes(15);
    private static final String UNSIGNED = "UNSIGNED-PAYLOAD";
    static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final AccessCredentials credentials;
    private final Clock clock;

    public SigV4Verifier(AccessCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /**
     * Why the request is refused, or empty when its signature is good.
     *
     * @param protocol the protocol the client speaks, which decides the refusal's code and status
     */
    public Optional<AwsServiceException> refusal(SignedRequest request, Protocol protocol) {
        SignatureErrors errors = new SignatureErrors(protocol);
        Optional<String> authorization = request.header("authorization");
        boolean presigned = CanonicalRequest.queryParameter(request, "X-Amz-Algorithm").isPresent();
        if (authorization.isEmpty() && !presigned) {
            return Optional.of(errors.missingToken());
        }
        try {
            check(request, authorization.isPresent()
                    ? Signature.fromHeader(authorization.get(), request, errors)
                    : Signature.fromQuery(request, errors), errors);
            return Optional.empty();
        } catch (AwsServiceException e) {
            return Optional.of(e);
        }
    }

    private void check(SignedRequest request, Signature signature, SignatureErrors errors) {
        String secret = credentials.secretOf(signature.accessKey()).orElseThrow(errors::unknownAccessKey);
        Instant signedAt = parseDate(signature.date()).orElseThrow(errors::mismatch);
        if (!signature.scopeDate().equals(signature.date().substring(0, 8))) {
            throw errors.credentialDateMismatch(signature.scopeDate(), signature.date());
        }
        checkTime(signedAt, signature, errors);
        for (String payloadHash : payloadHashes(request, signature)) {
            String canonical = CanonicalRequest.of(request, signature.signedHeaders(), payloadHash,
                    signature.presigned());
            String stringToSign = ALGORITHM + "\n" + signature.date() + "\n" + signature.scope() + "\n" + sha256Hex(canonical);
            byte[] key = SigningKey.derive(secret, signature.scopeDate(), signature.region(), signature.service());
            String expected = HexFormat.of().formatHex(SigningKey.hmac(key, stringToSign));
            if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    signature.signature().getBytes(StandardCharsets.UTF_8))) {
                if (payloadHash.startsWith(ChunkSignatures.STREAMING_SIGNED)
                        && !ChunkSignatures.verify(request.body(), key, signature)) {
                    throw errors.mismatch();
                }
                return;
            }
        }
        throw errors.mismatch();
    }

    private void checkTime(Instant signedAt, Signature signature, SignatureErrors errors) {
        Instant now = clock.instant();
        if (signedAt.isAfter(now.plus(SKEW))) {
            throw errors.notYetCurrent(signature.date(), BASIC.format(now.plus(SKEW)), BASIC.format(now));
        }
        if (signature.expires().isPresent()) {
            Instant expiry = signedAt.plus(signature.expires().get());
            if (expiry.isBefore(now)) {
                throw errors.presignExpired(BASIC.format(expiry), BASIC.format(now));
            }
        } else if (signedAt.isBefore(now.minus(SKEW))) {
            throw errors.expired(signature.date(), BASIC.format(now.minus(SKEW)), BASIC.format(now));
        }
    }

    /** The payload hashes the signer may have used: the one it declared, else that of the body (or, presigned, none). */
    private static List<String> payloadHashes(SignedRequest request, Signature signature) {
        Optional<String> declared = request.header("x-amz-content-sha256");
        if (declared.isPresent()) {
            return List.of(declared.get());
        }
        List<String> hashes = new ArrayList<>();
        hashes.add(sha256Hex(request.body()));
        if (signature.presigned()) {
            hashes.add(UNSIGNED);
        }
        return hashes;
    }

    private static Optional<Instant> parseDate(String date) {
        try {
            return Optional.of(Instant.from(BASIC.parse(date)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
