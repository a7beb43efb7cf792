package dev.stratus.spi.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads request bodies of the JSON protocols as AWS does: an empty body is {@code {}}, anything that is not a
 * JSON object is refused with AWS's {@code SerializationException} (never a 500), without a message when the body
 * is not JSON at all, as DynamoDB answers it. Used by the protocol helpers; a service calls it only when it reads a
 * body outside them. Stateless.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** The body as a JSON object; {@code {}} when the body is empty. */
    public static JsonNode parseObject(ObjectMapper mapper, byte[] body) {
        if (body.length == 0) {
            return mapper.createObjectNode();
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw CommonErrors.serialization(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || node.isMissingNode()) {
            return mapper.createObjectNode();
        }
        if (!node.isObject()) {
            throw CommonErrors.serialization("Start of structure or map found where not expected.");
        }
        return node;
    }
}
