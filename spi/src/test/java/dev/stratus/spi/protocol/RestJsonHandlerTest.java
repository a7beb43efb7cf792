package dev.stratus.spi.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestJsonHandlerTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final RestJsonHandler handler = RestJsonHandler.builder(mapper)
            .route("GET", "/2015-03-31/functions/{FunctionName}/configuration", "GetFunctionConfiguration",
                    request -> request.respond(200, Map.of("name", request.pathParam("FunctionName"),
                            "operation", request.context().operation())))
            .route("GET", "/2017-03-31/tags/{Resource+}", "ListTags",
                    request -> request.respond(200, Map.of("resource", request.pathParam("Resource"))))
            .route("DELETE", "/2015-03-31/functions/{FunctionName}", "DeleteFunction", request -> {
                throw new AwsServiceException("ResourceNotFoundException", "Function not found: x", 404);
            })
            .build();

    @Test
    void pathParametersArePercentDecoded() throws Exception {
        JsonNode body = call("GET", "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A000000000000%3Afunction%3Af/configuration");

        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:f", body.get("name").asText());
        assertEquals("GetFunctionConfiguration", body.get("operation").asText());
    }

    @Test
    void greedyParametersTakeTheRestOfThePath() throws Exception {
        assertEquals("a/b/c", call("GET", "/2017-03-31/tags/a/b/c").get("resource").asText());
    }

    @Test
    void errorsNameTheirTypeInTheErrorTypeHeader() {
        ServiceResponse response = handler.handle(request("DELETE", "/2015-03-31/functions/f"), context());

        assertEquals(404, response.status());
        assertEquals("ResourceNotFoundException", response.headers().get("X-Amzn-ErrorType"));
    }

    @Test
    void aPathNoRouteMatchesIsAnUnknownOperation() {
        ServiceResponse response = handler.handle(request("PUT", "/2015-03-31/functions/f"), context());

        assertEquals(400, response.status());
        assertEquals("UnknownOperationException", response.headers().get("X-Amzn-ErrorType"));
    }

    private JsonNode call(String method, String path) throws Exception {
        ServiceResponse response = handler.handle(request(method, path), context());
        assertEquals(200, response.status());
        return mapper.readTree(response.body());
    }

    private static ServiceRequest request(String method, String path) {
        return new ServiceRequest(method, path, Map.of(), Map.of(), new byte[0]);
    }

    private static RequestContext context() {
        return new RequestContext("rid", "000000000000", "us-east-1", "lambda", "", Instant.EPOCH, "");
    }
}
