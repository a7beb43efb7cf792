package dev.stratus.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.benchmarks.server.PingPlugin;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestSourceTest {

    private static final byte[] PING = HttpRequests.awsJson10("127.0.0.1", 4566, PingPlugin.NAME, PingPlugin.TARGET, "{}");

    @Test
    void eachRequestOfAConnectionCarriesANewSignatureAndNothingElseNew() {
        RequestSource source = RequestSource.signedPerRequest(PING);

        String first = new String(source.next(0), StandardCharsets.US_ASCII);
        String second = new String(source.next(0), StandardCharsets.US_ASCII);

        assertNotEquals(signatureOf(first), signatureOf(second));
        assertEquals(64, signatureOf(second).length());
        assertEquals(withoutSignature(new String(PING, StandardCharsets.US_ASCII)), withoutSignature(second));
    }

    @Test
    void connectionsSignDifferently() {
        RequestSource source = RequestSource.signedPerRequest(PING);

        assertNotEquals(signatureOf(new String(source.next(0), StandardCharsets.US_ASCII)),
                signatureOf(new String(source.next(1), StandardCharsets.US_ASCII)));
    }

    @Test
    void theFixedSourceSendsTheSameBytesEveryTime() {
        RequestSource source = RequestSource.fixed(PING);

        assertArrayEquals(PING, source.next(0));
        assertArrayEquals(PING, source.next(3));
    }

    @Test
    void aRequestWithoutASignatureCannotBeSignedPerRequest() {
        byte[] unsigned = HttpRequests.post("127.0.0.1", 4566, Map.of("X-Amz-Target", PingPlugin.TARGET), "{}");

        assertThrows(IllegalArgumentException.class, () -> RequestSource.signedPerRequest(unsigned));
    }

    private static String signatureOf(String request) {
        int start = request.indexOf("Signature=") + "Signature=".length();
        return request.substring(start, request.indexOf("\r\n", start));
    }

    private static String withoutSignature(String request) {
        return request.replace(signatureOf(request), "");
    }
}
