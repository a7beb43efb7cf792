package dev.stratus.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.Protocol;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Against the chunked upload example of Amazon S3's Signature Version 4 documentation (a 66,560-byte PUT in 64 KB chunks). */
class ChunkSignaturesTest {

    private static final String SEED = "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9";
    private static final String FIRST = "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648";
    private static final String SECOND = "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497";
    private static final String LAST = "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9";
    private static final SigV4Verifier VERIFIER = new SigV4Verifier(
            AccessCredentials.parse("AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            Clock.fixed(Instant.parse("2013-05-24T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void everyChunkSignedInTheChainIsAccepted() {
        byte[] body = body(chunk(65536, FIRST), chunk(1024, SECOND), chunk(0, LAST));

        assertEquals(Optional.empty(), VERIFIER.refusal(put(body), Protocol.AWS_JSON_1_0));
        assertEquals(66560, AwsChunkedBody.parse(body).orElseThrow().decoded().length);
    }

    @Test
    void aChangedChunkInvalidatesTheSignature() {
        byte[] body = body(chunk(65536, FIRST), chunk(1024, SECOND), chunk(0, LAST));
        body[200] = 'b';

        AwsServiceException refusal = VERIFIER.refusal(put(body), Protocol.AWS_JSON_1_0).orElseThrow();

        assertEquals("InvalidSignatureException", refusal.errorCode());
    }

    @Test
    void chunksInAnotherOrderInvalidateTheSignature() {
        byte[] body = body(chunk(1024, SECOND), chunk(65536, FIRST), chunk(0, LAST));

        assertEquals("InvalidSignatureException",
                VERIFIER.refusal(put(body), Protocol.AWS_JSON_1_0).orElseThrow().errorCode());
    }

    @Test
    void aDroppedFinalChunkInvalidatesTheSignature() {
        byte[] body = body(chunk(65536, FIRST), chunk(1024, SECOND));

        assertEquals("InvalidSignatureException",
                VERIFIER.refusal(put(body), Protocol.AWS_JSON_1_0).orElseThrow().errorCode());
    }

    private static SignedRequest put(byte[] body) {
        return new SignedRequest("PUT", "/examplebucket/chunkObject.txt", "", Map.of(
                "host", List.of("s3.amazonaws.com"),
                "x-amz-date", List.of("20130524T000000Z"),
                "x-amz-storage-class", List.of("REDUCED_REDUNDANCY"),
                "x-amz-content-sha256", List.of("STREAMING-AWS4-HMAC-SHA256-PAYLOAD"),
                "content-encoding", List.of("aws-chunked"),
                "x-amz-decoded-content-length", List.of("66560"),
                "content-length", List.of("66824"),
                "authorization", List.of("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
                        + "aws4_request, SignedHeaders=content-encoding;content-length;host;x-amz-content-sha256;"
                        + "x-amz-date;x-amz-decoded-content-length;x-amz-storage-class, Signature=" + SEED)), body);
    }

    /** A chunk of {@code size} bytes of 'a', as the example sends. */
    private static byte[] chunk(int size, String signature) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((Integer.toHexString(size) + ";chunk-signature=" + signature + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes("a".repeat(size).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] body(byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] chunk : chunks) {
            out.writeBytes(chunk);
        }
        return out.toByteArray();
    }
}
