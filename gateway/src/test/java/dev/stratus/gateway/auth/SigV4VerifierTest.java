package dev.stratus.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.Protocol;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Against the {@code get-vanilla} case of AWS's Signature Version 4 test suite. */
class SigV4VerifierTest {

    private static final Instant SIGNED_AT = Instant.parse("2015-08-30T12:36:00Z");
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/"
            + "aws4_request, SignedHeaders=host;x-amz-date, "
            + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";

    @Test
    void aGoodSignatureIsAccepted() {
        assertEquals(Optional.empty(), refusal(verifier("AKIDEXAMPLE:" + SECRET, SIGNED_AT), vanilla(AUTHORIZATION)));
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsInvalid() {
        AwsServiceException refusal = refusal(verifier("AKIDEXAMPLE:other", SIGNED_AT), vanilla(AUTHORIZATION)).orElseThrow();

        assertEquals("InvalidSignatureException", refusal.errorCode());
        assertEquals(400, refusal.httpStatus());
        assertTrue(refusal.getMessage().startsWith("The request signature we calculated does not match"));
    }

    @Test
    void aChangedHeaderInvalidatesTheSignature() {
        SignedRequest request = vanilla(AUTHORIZATION);
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        headers.put("host", List.of("elsewhere.amazonaws.com"));

        assertEquals("InvalidSignatureException", refusal(verifier("AKIDEXAMPLE:" + SECRET, SIGNED_AT),
                new SignedRequest("GET", "/", "", headers, new byte[0])).orElseThrow().errorCode());
    }

    @Test
    void anUnknownAccessKeyIsUnrecognized() {
        AwsServiceException refusal = refusal(verifier("test:test", SIGNED_AT), vanilla(AUTHORIZATION)).orElseThrow();

        assertEquals("UnrecognizedClientException", refusal.errorCode());
        assertEquals("The security token included in the request is invalid.", refusal.getMessage());
    }

    @Test
    void aSignatureOlderThanFifteenMinutesHasExpired() {
        AwsServiceException refusal = refusal(verifier("AKIDEXAMPLE:" + SECRET, SIGNED_AT.plus(Duration.ofMinutes(20))),
                vanilla(AUTHORIZATION)).orElseThrow();

        assertEquals("InvalidSignatureException", refusal.errorCode());
        assertEquals("Signature expired: 20150830T123600Z is now earlier than 20150830T124100Z "
                + "(20150830T125600Z - 15 min.)", refusal.getMessage());
    }

    @Test
    void aSignatureFromMoreThanFifteenMinutesAheadIsNotYetCurrent() {
        AwsServiceException refusal = refusal(verifier("AKIDEXAMPLE:" + SECRET, SIGNED_AT.minus(Duration.ofMinutes(20))),
                vanilla(AUTHORIZATION)).orElseThrow();

        assertEquals("Signature not yet current: 20150830T123600Z is still later than 20150830T123100Z "
                + "(20150830T121600Z + 15 min.)", refusal.getMessage());
    }

    @Test
    void anUnsignedRequestLacksTheAuthenticationToken() {
        SignedRequest unsigned = new SignedRequest("GET", "/", "", Map.of("host", List.of("example.amazonaws.com")),
                new byte[0]);

        AwsServiceException refusal = refusal(verifier("test:test", SIGNED_AT), unsigned).orElseThrow();

        assertEquals("MissingAuthenticationTokenException", refusal.errorCode());
        assertEquals("Request is missing Authentication Token", refusal.getMessage());
    }

    @Test
    void anAuthorizationWithoutASignatureIsIncomplete() {
        String partial = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=host;x-amz-date";

        AwsServiceException refusal = refusal(verifier("AKIDEXAMPLE:" + SECRET, SIGNED_AT), vanilla(partial)).orElseThrow();

        assertEquals("IncompleteSignatureException", refusal.errorCode());
        assertEquals("Authorization header requires 'Signature' parameter. Authorization=" + partial, refusal.getMessage());
    }

    private static Optional<AwsServiceException> refusal(SigV4Verifier verifier, SignedRequest request) {
        return verifier.refusal(request, Protocol.AWS_JSON_1_0);
    }

    private static SigV4Verifier verifier(String credentials, Instant now) {
        return new SigV4Verifier(AccessCredentials.parse(credentials), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static SignedRequest vanilla(String authorization) {
        return new SignedRequest("GET", "/", "", Map.of("host", List.of("example.amazonaws.com"),
                "x-amz-date", List.of("20150830T123600Z"), "authorization", List.of(authorization)), new byte[0]);
    }
}
