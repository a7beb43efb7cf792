package dev.stratus.lambda.invoke;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.stratus.lambda.LambdaErrors;
import java.io.IOException;

/**
 * Lambda's check of an Invoke payload: it must be JSON, and one that is not is refused at the API, before any
 * function runs, with the parser's own message (AWS parses with Jackson, so the wording is Jackson's).
 */
final class EventPayload {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private EventPayload() {
    }

    /** Refuses {@code payload} unless it is empty (the function then gets {@code {}}) or a JSON value. */
    static void requireJson(byte[] payload) {
        if (payload.length == 0) {
            return;
        }
        try (JsonParser parser = JSON.createParser(payload)) {
            // As Jackson's readTree: the first value is read whole, what follows it is not looked at.
            parser.nextToken();
            parser.skipChildren();
        } catch (JsonProcessingException e) {
            throw LambdaErrors.invalidRequestContent("Could not parse request body into json: Could not parse "
                    + "payload into json: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("Reading a payload held in memory failed", e);
        }
    }
}
