package dev.stratus.spi.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads request bodies of the JSON protocols. A body that is not JSON is a {@code SerializationException} without a
 * message, as DynamoDB answers it.
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
