package dev.stratus.spi.protocol.model;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON type a value of a model type arrives as; a value of another type is the deserializer's to report. */
enum JsonType {
    OBJECT, ARRAY, TEXT, BOOLEAN, TEXT_OR_NUMBER, NUMBER;

    /** The JSON type of values of the model's type {@code shapeType}. */
    static JsonType of(String shapeType) {
        return switch (shapeType) {
            case "structure", "map" -> OBJECT;
            case "list" -> ARRAY;
            case "string", "blob" -> TEXT;
            case "boolean" -> BOOLEAN;
            case "timestamp" -> TEXT_OR_NUMBER;
            default -> NUMBER;
        };
    }

    boolean fits(JsonNode node) {
        return switch (this) {
            case OBJECT -> node.isObject();
            case ARRAY -> node.isArray();
            case TEXT -> node.isTextual();
            case BOOLEAN -> node.isBoolean();
            case TEXT_OR_NUMBER -> node.isTextual() || node.isNumber();
            case NUMBER -> node.isNumber();
        };
    }

    /** Whether a map key, always text, can be a value of this type. */
    boolean fitsText() {
        return this == TEXT || this == TEXT_OR_NUMBER;
    }
}
