package dev.stratus.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aClientMistakeInAJsonProtocolBecomesATypedErrorBody() throws Exception {
        try (LocalHttp http = LocalHttp.serving(mapping(throwing(new AwsServiceException("NopeException", "No.", 400))))) {
            HttpTester.Response response = http.send(LocalHttp.post("Echo_20240101.Echo", "{}"));

            assertEquals(400, response.getStatus());
            assertEquals("application/x-amz-json-1.0", response.get("Content-Type"));
            JsonNode body = MAPPER.readTree(response.getContent());
            assertEquals("com.amazon.coral.service#NopeException", body.get("__type").asText());
            assertEquals("No.", body.get("message").asText());
        }
    }

    @Test
    void aClientMistakeOnARestPathNamesItsTypeInTheHeader() throws Exception {
        try (LocalHttp http = LocalHttp.serving(mapping(throwing(new AwsServiceException("NopeException", "No.", 404))))) {
            HttpTester.Request request = LocalHttp.post(null, "{}");
            request.setURI("/2015-03-31/functions");

            HttpTester.Response response = http.send(request);

            assertEquals(404, response.getStatus());
            assertEquals("NopeException", response.get("X-Amzn-ErrorType"));
            assertEquals("User", MAPPER.readTree(response.getContent()).get("Type").asText());
        }
    }

    @Test
    void anUnexpectedFailureBeforeAnyServiceIsA500InternalFailureNamingTheRequest() throws Exception {
        try (LocalHttp http = LocalHttp.serving(mapping(throwing(new IllegalStateException("a bug"))))) {
            HttpTester.Response response = http.send(LocalHttp.post("Echo_20240101.Echo", "{}"));

            assertEquals(500, response.getStatus());
            JsonNode body = MAPPER.readTree(response.getContent());
            assertEquals("com.amazon.coral.service#InternalFailure", body.get("__type").asText());
            assertTrue(body.get("message").asText().contains(LocalHttp.REQUEST_ID));
        }
    }

    @Test
    void anUnexpectedFailureInAServiceIsAnsweredInTheServicesOwnForm() throws Exception {
        ServiceHandler crashing = new ServiceHandler() {
            @Override
            public ServiceResponse handle(ServiceRequest request, RequestContext context) {
                throw new IllegalStateException("a bug");
            }

            @Override
            public Optional<ServiceResponse> unexpectedFailure(RequestContext context) {
                return Optional.of(ServiceResponse.empty(500).withHeader("X-Failed", context.requestId()));
            }
        };
        Handler pipeline = LocalHttp.resolving(List.of(LocalHttp.echoService(crashing)),
                new BodyLimit(1000, new BodyDecoding(1000, new Dispatch(new ResponseWriter(), new ErrorMapping.LateFailures(new GatewayErrors(MAPPER))))));
        try (LocalHttp http = LocalHttp.serving(mapping(pipeline))) {
            HttpTester.Response response = http.send(LocalHttp.post("Echo_20240101.Echo", "{}"));

            assertEquals(500, response.getStatus());
            assertEquals(LocalHttp.REQUEST_ID, response.get("X-Failed"));
        }
    }

    private static Handler mapping(Handler next) {
        return new ErrorMapping(new GatewayErrors(MAPPER), new ResponseWriter(), next);
    }

    private static Handler throwing(Exception failure) {
        return new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                throw failure;
            }
        };
    }
}
