package dev.stratus.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.gateway.auth.AccessCredentials;
import dev.stratus.gateway.auth.SigV4Verifier;
import dev.stratus.gateway.console.ConsoleSession;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.Handler;
import org.junit.jupiter.api.Test;

class SignatureCheckTest {

    private final Recorder next = Recorder.answeringEmpty();
    private final Handler checked = new ErrorMapping(new GatewayErrors(new ObjectMapper()), new ResponseWriter(),
            new BodyLimit(1000, new SignatureCheck(new SigV4Verifier(
                    AccessCredentials.parse("AKIDEXAMPLE:wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                    Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC)),
                    new ConsoleSession(new SecureRandom()), next)));

    @Test
    void aWellSignedRequestGoesOn() throws Exception {
        try (LocalHttp http = LocalHttp.serving(checked)) {
            HttpTester.Response response = http.sendRaw("GET / HTTP/1.1\r\nHost: example.amazonaws.com\r\n"
                    + "X-Amz-Date: 20150830T123600Z\r\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/"
                    + "us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, "
                    + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31\r\n\r\n");

            assertEquals(200, response.getStatus());
        }
    }

    @Test
    void anUnsignedJsonRequestIsRefusedWith400() throws Exception {
        try (LocalHttp http = LocalHttp.serving(checked)) {
            HttpTester.Response response = http.send(LocalHttp.post("Echo_20240101.Echo", "{}"));

            assertEquals(400, response.getStatus());
            assertEquals("{\"__type\":\"com.amazon.coral.service#MissingAuthenticationTokenException\","
                    + "\"message\":\"Request is missing Authentication Token\"}", response.getContent());
            assertNull(next.seen());
        }
    }

    @Test
    void anUnsignedRestRequestIsRefusedWith403() throws Exception {
        try (LocalHttp http = LocalHttp.serving(checked)) {
            HttpTester.Request request = LocalHttp.post(null, "{}");
            request.setURI("/2015-03-31/functions/");

            HttpTester.Response response = http.send(request);

            assertEquals(403, response.getStatus());
            assertEquals("MissingAuthenticationTokenException", response.get("X-Amzn-ErrorType"));
        }
    }
}
