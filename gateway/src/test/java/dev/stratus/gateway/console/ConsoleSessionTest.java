package dev.stratus.gateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

class ConsoleSessionTest {

    private final ConsoleSession session = new ConsoleSession(new SecureRandom());

    /** Answers 204 to what the session admits, 403 to the rest. */
    private LocalServer server() throws Exception {
        return new LocalServer(next -> new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(session.admits(request) ? 204 : 403);
                callback.succeeded();
                return true;
            }
        });
    }

    @Test
    void theTokenFromTheConsolesOwnOriginIsAdmitted() throws Exception {
        try (LocalServer server = server()) {
            assertEquals(204, server.send("POST", "/", ConsoleSession.HEADER, session.token(),
                    "Origin", "http://localhost:4566", "Sec-Fetch-Site", "same-origin").getStatus());
        }
    }

    @Test
    void anotherTokenNoTokenOrAnotherOriginIsNot() throws Exception {
        try (LocalServer server = server()) {
            assertEquals(403, server.send("POST", "/", ConsoleSession.HEADER, "0" + session.token()).getStatus());
            assertEquals(403, server.send("POST", "/", "Origin", "http://localhost:4566").getStatus());
            assertEquals(403, server.send("POST", "/", ConsoleSession.HEADER, session.token(),
                    "Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site").getStatus());
        }
    }

    @Test
    void twoStartsHaveTwoTokens() {
        assertEquals(48, session.token().length());
        assertEquals(false, session.token().equals(new ConsoleSession(new SecureRandom()).token()));
    }
}
