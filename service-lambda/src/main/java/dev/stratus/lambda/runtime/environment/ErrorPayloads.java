package dev.stratus.lambda.runtime.environment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The error bodies Stratus itself writes for an invocation, in AWS's shape. */
final class ErrorPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorPayloads() {
    }

    /** {@code {"errorMessage": ..., "errorType": ...}}; {@code errorType} left out when {@code null}. */
    static byte[] of(String errorType, String errorMessage) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("errorMessage", errorMessage);
        if (errorType != null) {
            body.put("errorType", errorType);
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an error body", e);
        }
    }

    /** The {@code errorType} of an error body a runtime posted, or {@code null}. */
    static String errorType(byte[] body) {
        try {
            return JSON.readTree(body).path("errorType").textValue();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
