package dev.stratus.dynamodb.expression;

/** One step of a document path as written: a name, a {@code #name} placeholder, or a list index. */
public sealed interface PathElement {

    record AttributeName(String name) implements PathElement {
    }

    record NamePlaceholder(String placeholder) implements PathElement {
    }

    record ListIndex(int index) implements PathElement {
    }
}
