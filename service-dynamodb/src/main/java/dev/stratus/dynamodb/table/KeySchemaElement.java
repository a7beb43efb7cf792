package dev.stratus.dynamodb.table;

/** A key schema element as a request gives it, before its type is looked up in the attribute definitions. */
public record KeySchemaElement(String attributeName, KeyType keyType) {

    /** The role of a key attribute. */
    public enum KeyType { HASH, RANGE }
}
