package dev.stratus.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceResponse;
import java.util.List;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.Handler;
import org.junit.jupiter.api.Test;

class ServiceResolutionTest {

    private static final List<RunningService> SERVICES = List.of(
            LocalHttp.echoService((request, context) -> ServiceResponse.empty(200)),
            LocalHttp.restService((request, context) -> ServiceResponse.empty(200)));

    @Test
    void theTargetNamesServiceAndOperationAndTheCredentialAccountAndRegion() throws Exception {
        Recorder next = Recorder.answeringEmpty();
        try (LocalHttp http = LocalHttp.serving(LocalHttp.resolving(SERVICES, next))) {
            HttpTester.Request request = LocalHttp.post("Echo_20240101.Shout", "{}");
            request.setHeader("Authorization", "AWS4-HMAC-SHA256 Credential=123456789012/20240101/eu-west-1/echo/"
                    + "aws4_request, SignedHeaders=host, Signature=00");

            http.send(request);

            RequestContext context = next.seen().context().orElseThrow();
            assertEquals("echo", context.service());
            assertEquals("Shout", context.operation());
            assertEquals("123456789012", context.accountId());
            assertEquals("eu-west-1", context.region());
            assertEquals(LocalHttp.REQUEST_ID, context.requestId());
        }
    }

    @Test
    void anUnsignedRestRequestGoesByPathToTheDefaultAccountAndRegion() throws Exception {
        Recorder next = Recorder.answeringEmpty();
        try (LocalHttp http = LocalHttp.serving(LocalHttp.resolving(SERVICES, "ap-south-1", next))) {
            HttpTester.Request request = LocalHttp.post(null, "");
            request.setURI("/rest/things");

            http.send(request);

            RequestContext context = next.seen().context().orElseThrow();
            assertEquals("rest", context.service());
            assertEquals("", context.operation());
            assertEquals("000000000000", context.accountId());
            assertEquals("ap-south-1", context.region());
        }
    }

    @Test
    void aTargetNoServiceOwnsIsAnUnknownOperation() throws Exception {
        Handler resolution = LocalHttp.resolving(SERVICES, Recorder.answeringEmpty());
        try (LocalHttp http = LocalHttp.serving(
                new ErrorMapping(new GatewayErrors(new ObjectMapper()), new ResponseWriter(), resolution))) {
            HttpTester.Response response = http.send(LocalHttp.post("DynamoDB_20120810.PutItem", "{}"));

            assertEquals(400, response.getStatus());
            assertEquals("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\",\"message\":\"No service "
                    + "of this Stratus serves DynamoDB_20120810.PutItem.\"}", response.getContent());
        }
    }
}
