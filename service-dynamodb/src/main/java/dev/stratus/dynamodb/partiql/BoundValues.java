package dev.stratus.dynamodb.partiql;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.Bytes;
import dev.stratus.dynamodb.api.value.DynamoDbValidation;
import dev.stratus.dynamodb.api.value.DynamoNumber;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A statement's {@code ?} parameters bound to the request's {@code Parameters}, and values built from them. */
final class BoundValues {

    private final List<AttributeValue> parameters;

    private BoundValues(List<AttributeValue> parameters) {
        this.parameters = parameters;
    }

    /** Binds {@code parameters} (the request's values, or null for none) to a statement's parameters. */
    static BoundValues bind(PartiqlStatement statement, List<AttributeValue> parameters) {
        List<AttributeValue> values = parameters == null ? List.of() : List.copyOf(parameters);
        if (values.size() != statement.parameterCount()) {
            throw PartiqlErrors.parameterCount();
        }
        return new BoundValues(values);
    }

    static boolean isValue(PartiqlExpression expression) {
        return expression instanceof PartiqlExpression.Literal || expression instanceof PartiqlExpression.Parameter
                || expression instanceof PartiqlExpression.ListOf || expression instanceof PartiqlExpression.MapOf
                || expression instanceof PartiqlExpression.SetOf;
    }

    /** The value a literal, parameter or constructor stands for. */
    AttributeValue valueOf(PartiqlExpression expression) {
        if (expression instanceof PartiqlExpression.Literal literal) {
            return literal.value();
        }
        if (expression instanceof PartiqlExpression.Parameter parameter) {
            return parameters.get(parameter.index());
        }
        if (expression instanceof PartiqlExpression.ListOf list) {
            return new AttributeValue.L(list.elements().stream().map(this::valueOf).toList());
        }
        if (expression instanceof PartiqlExpression.MapOf map) {
            Map<String, AttributeValue> entries = new LinkedHashMap<>();
            map.entries().forEach((name, value) -> entries.put(name, valueOf(value)));
            return new AttributeValue.M(entries);
        }
        if (expression instanceof PartiqlExpression.SetOf set) {
            return set(set.elements().stream().map(this::valueOf).toList());
        }
        throw new IllegalArgumentException("Not a value: " + expression);
    }

    private static AttributeValue set(List<AttributeValue> members) {
        if (members.isEmpty()) {
            throw PartiqlErrors.malformed("A set must have at least one member");
        }
        String type = members.get(0).type();
        if (members.stream().anyMatch(member -> !member.type().equals(type))) {
            throw PartiqlErrors.malformed("The members of a set must all be strings, all numbers or all binaries");
        }
        return switch (type) {
            case "S" -> {
                List<String> strings = members.stream().map(member -> ((AttributeValue.S) member).value()).toList();
                if (new HashSet<>(strings).size() < strings.size()) {
                    throw DynamoDbValidation.duplicateStrings(strings);
                }
                yield new AttributeValue.SS(strings);
            }
            case "N" -> {
                List<DynamoNumber> numbers = members.stream()
                        .map(member -> ((AttributeValue.N) member).value()).toList();
                if (new HashSet<>(numbers).size() < numbers.size()) {
                    throw DynamoDbValidation.duplicateNumbers();
                }
                yield new AttributeValue.NS(numbers);
            }
            case "B" -> {
                List<Bytes> binaries = members.stream().map(member -> ((AttributeValue.B) member).value()).toList();
                if (new HashSet<>(binaries).size() < binaries.size()) {
                    throw DynamoDbValidation.duplicateBinaries(binaries.stream().map(Bytes::toBase64).toList());
                }
                yield new AttributeValue.BS(binaries);
            }
            default -> throw PartiqlErrors.malformed(
                    "The members of a set must all be strings, all numbers or all binaries");
        };
    }
}
