package dev.stratus.dynamodb.table;

/** The types a key attribute may have. */
public enum ScalarType { S, N, B }
