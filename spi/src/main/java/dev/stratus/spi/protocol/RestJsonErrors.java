package dev.stratus.spi.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.ServiceResponse;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Error responses of the REST-JSON protocol: the code in {@code X-Amzn-ErrorType}, the body
 * {@code {"Type": "User"|"Service", "message": "..."}} plus the exception's extra fields.
 */
public final class RestJsonErrors {

    private RestJsonErrors() {
    }

    public static ServiceResponse encode(AwsServiceException error, ObjectMapper mapper) {
        ObjectNode body = mapper.createObjectNode();
        body.put("Type", error.fault() == AwsServiceException.Fault.SENDER ? "User" : "Service");
        if (error.getMessage() != null) {
            body.put("message", error.getMessage());
        }
        for (Map.Entry<String, Object> field : error.fields().entrySet()) {
            body.set(field.getKey(), mapper.valueToTree(field.getValue()));
        }
        try {
            return ServiceResponse.of(error.httpStatus(), "application/json", mapper.writeValueAsBytes(body))
                    .withHeader("X-Amzn-ErrorType", error.errorCode());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
