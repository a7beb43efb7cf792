package dev.stratus.spi.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceResponse;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Error bodies of the AWS JSON protocols: {@code {"__type": "namespace#Code", "message": "..."}} plus the
 * exception's extra fields.
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static ServiceResponse encode(AwsServiceException error, String defaultNamespace, Protocol protocol,
                                         ObjectMapper mapper) {
        ObjectNode body = mapper.createObjectNode();
        String namespace = error.namespace() != null ? error.namespace() : defaultNamespace;
        body.put("__type", namespace == null ? error.errorCode() : namespace + "#" + error.errorCode());
        if (error.getMessage() != null) {
            body.put("message", error.getMessage());
        }
        for (Map.Entry<String, Object> field : error.fields().entrySet()) {
            body.set(field.getKey(), mapper.valueToTree(field.getValue()));
        }
        try {
            return ServiceResponse.of(error.httpStatus(), protocol.contentType(), mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
