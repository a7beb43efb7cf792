package dev.stratus.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.gateway.auth.AccessCredentials;
import dev.stratus.gateway.auth.SigV4Verifier;
import dev.stratus.gateway.console.ConsoleSession;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.Handler;
import org.junit.jupiter.api.Test;

/**
 * Query protocol clients through resolution, limit, signature check and decoding: an unsigned form goes to the
 * service owning its {@code Version}, and what the gateway refuses is answered with the query protocol's XML.
 */
class QueryProtocolTest {

    private static final String SIGNED_BADLY = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/queue/"
            + "aws4_request, SignedHeaders=host;x-amz-date, Signature=0000";

    private final Recorder next = Recorder.answeringEmpty();

    @Test
    void anUnsignedFormGoesToTheServiceOwningItsVersion() throws Exception {
        try (LocalHttp http = LocalHttp.serving(pipeline(false))) {
            HttpTester.Response response = http.send(form("Action=ListQueues&Version=2012-11-05"));

            assertEquals(200, response.getStatus());
            assertEquals("queue", next.seen().context().orElseThrow().service());
            assertEquals(Protocol.AWS_QUERY, next.seen().protocol());
        }
    }

    @Test
    void anUnsignedFormWithItsParametersInTheUrlGoesToTheServiceOwningItsVersion() throws Exception {
        try (LocalHttp http = LocalHttp.serving(pipeline(false))) {
            HttpTester.Request request = form("");
            request.setURI("/?Action=ListQueues&Version=2012-11-05");

            http.send(request);

            assertEquals("queue", next.seen().context().orElseThrow().service());
        }
    }

    @Test
    void aFormOfAVersionNoServiceOwnsIsAnInvalidActionInXml() throws Exception {
        try (LocalHttp http = LocalHttp.serving(pipeline(false))) {
            HttpTester.Response response = http.send(form("Action=ListThings&Version=1999-01-01"));

            assertEquals(400, response.getStatus());
            assertEquals("text/xml", response.get("Content-Type"));
            assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ErrorResponse><Error><Type>Sender</Type>"
                    + "<Code>InvalidAction</Code><Message>No service of this Stratus serves the action &apos;ListThings&apos; of "
                    + "API version &apos;1999-01-01&apos;.</Message><Detail/></Error><RequestId>" + LocalHttp.REQUEST_ID
                    + "</RequestId></ErrorResponse>", response.getContent());
            assertNull(next.seen());
        }
    }

    @Test
    void aSignedFormOverTheLimitIsRefusedInTheServicesXml() throws Exception {
        try (LocalHttp http = LocalHttp.serving(pipeline(false))) {
            HttpTester.Response response = http.sendRaw("POST / HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nAuthorization: " + SIGNED_BADLY + "\r\n"
                    + "Content-Length: 5000\r\n\r\n");

            assertEquals(413, response.getStatus());
            assertEquals("text/xml", response.get("Content-Type"));
            assertTrue(response.getContent().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ErrorResponse xmlns=\""
                    + LocalHttp.QUEUE_NAMESPACE + "\"><Error><Type>Sender</Type><Code>RequestEntityTooLargeException</Code>"),
                    response.getContent());
        }
    }

    @Test
    void aQueryRequestWithAWrongSignatureIsSignatureDoesNotMatchWith403() throws Exception {
        try (LocalHttp http = LocalHttp.serving(pipeline(true))) {
            HttpTester.Request request = form("Action=ListQueues&Version=2012-11-05");
            request.setHeader("Authorization", SIGNED_BADLY);
            request.setHeader("X-Amz-Date", "20150830T123600Z");

            HttpTester.Response response = http.send(request);

            assertEquals(403, response.getStatus());
            assertEquals("text/xml", response.get("Content-Type"));
            assertTrue(response.getContent().contains("<Code>SignatureDoesNotMatch</Code><Message>The request signature "
                    + "we calculated does not match the signature you provided."), response.getContent());
        }
    }

    @Test
    void aJsonRequestToTheSameServiceWithAWrongSignatureIsInvalidSignatureExceptionWith400() throws Exception {
        try (LocalHttp http = LocalHttp.serving(pipeline(true))) {
            HttpTester.Request request = LocalHttp.post("Queue_20121105.ListQueues", "{}");
            request.setHeader("Authorization", SIGNED_BADLY);
            request.setHeader("X-Amz-Date", "20150830T123600Z");

            HttpTester.Response response = http.send(request);

            assertEquals(400, response.getStatus());
            assertEquals("application/x-amz-json-1.0", response.get("Content-Type"));
            assertTrue(response.getContent().startsWith(
                    "{\"__type\":\"com.amazon.coral.service#InvalidSignatureException\""), response.getContent());
        }
    }

    private Handler pipeline(boolean signed) {
        ServiceResolution resolution = new ServiceResolution(
                List.of(LocalHttp.queryService((request, context) -> ServiceResponse.empty(200))), "us-east-1");
        Handler checked = new BodyDecoding(1000, resolution.afterBody(next));
        if (signed) {
            checked = new SignatureCheck(new SigV4Verifier(AccessCredentials.parse("AKIDEXAMPLE:secret"),
                    Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC)),
                    new ConsoleSession(new SecureRandom()), checked);
        }
        resolution.setHandler(new BodyLimit(1000, checked));
        return new ErrorMapping(new GatewayErrors(new ObjectMapper()), new ResponseWriter(), resolution);
    }

    private static HttpTester.Request form(String body) {
        HttpTester.Request request = LocalHttp.post(null, body);
        request.setURI("/000000000000/orders");
        request.setHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        return request;
    }
}
