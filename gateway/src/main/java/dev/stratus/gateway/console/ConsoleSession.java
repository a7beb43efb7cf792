package dev.stratus.gateway.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.eclipse.jetty.server.Request;

/**
 * What lets the console's unsigned AWS calls through {@code --auth sigv4}: a token made when Stratus starts, handed
 * only to same-origin pages ({@code /_stratus/console/api/session}), that the page sends back in
 * {@value #HEADER}. A request carrying it from the console's own origin is taken as signed; an SDK never sends
 * it, so every other client's signature is still checked.
 */
public final class ConsoleSession {

    static final String HEADER = "X-Stratus-Console";

    private final String token;

    public ConsoleSession(SecureRandom random) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        this.token = HexFormat.of().formatHex(bytes);
    }

    String token() {
        return token;
    }

    /** Whether the request comes from the console page of this Stratus. */
    public boolean admits(Request request) {
        String sent = request.getHeaders().get(HEADER);
        return sent != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII)) && SameOriginRule.sameOrigin(request);
    }
}
