package dev.stratus.dynamodb.table;

/** A resource tag as a request gives it, not yet checked. */
public record Tag(String key, String value) {
}
