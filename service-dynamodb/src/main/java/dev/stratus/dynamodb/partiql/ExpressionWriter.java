package dev.stratus.dynamodb.partiql;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.partiql.PartiqlExpression.Path;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes PartiQL expressions as DynamoDB expression text, every attribute name as a {@code #n0} placeholder and
 * every value as a {@code :v0} placeholder, collected for one request's ExpressionAttributeNames and Values.
 */
final class ExpressionWriter {

    private final BoundValues values;
    private final ObjectNode names = JsonNodeFactory.instance.objectNode();
    private final ObjectNode valuePlaceholders = JsonNodeFactory.instance.objectNode();
    private final Map<String, String> nameOfAttribute = new HashMap<>();

    ExpressionWriter(BoundValues values) {
        this.values = values;
    }

    String name(String attribute) {
        return nameOfAttribute.computeIfAbsent(attribute, unused -> {
            String placeholder = "#n" + names.size();
            names.put(placeholder, attribute);
            return placeholder;
        });
    }

    String value(AttributeValue value) {
        String placeholder = ":v" + valuePlaceholders.size();
        valuePlaceholders.set(placeholder, AttributeValueCodec.encode(value));
        return placeholder;
    }

    String path(Path path) {
        StringBuilder text = new StringBuilder();
        for (Path.Element element : path.elements()) {
            if (element instanceof Path.Name name) {
                text.append(text.length() == 0 ? "" : ".").append(name(name.name()));
            } else if (element instanceof Path.Index index) {
                text.append('[').append(index.index()).append(']');
            }
        }
        return text.toString();
    }

    String paths(List<Path> paths) {
        return paths.stream().map(this::path).collect(Collectors.joining(", "));
    }

    /** A condition (WHERE clause, or part of one) as condition-expression text. */
    String condition(PartiqlExpression condition) {
        if (condition instanceof PartiqlExpression.And and) {
            return grouped(and.left()) + " AND " + grouped(and.right());
        }
        if (condition instanceof PartiqlExpression.Or or) {
            return condition(or.left()) + " OR " + condition(or.right());
        }
        if (condition instanceof PartiqlExpression.Not not) {
            return "NOT " + parenthesized(not.operand());
        }
        if (condition instanceof PartiqlExpression.Comparison comparison) {
            return operand(comparison.left()) + " " + comparison.operator() + " " + operand(comparison.right());
        }
        if (condition instanceof PartiqlExpression.Between between) {
            return operand(between.operand()) + " BETWEEN " + operand(between.lower()) + " AND "
                    + operand(between.upper());
        }
        if (condition instanceof PartiqlExpression.In in) {
            return operand(in.operand()) + " IN (" + in.candidates().stream().map(this::operand)
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (condition instanceof PartiqlExpression.IsMissing missing) {
            return (missing.negated() ? "attribute_exists(" : "attribute_not_exists(") + path(missing.path()) + ")";
        }
        if (condition instanceof PartiqlExpression.Call call && !call.function().equals("size")) {
            return call(call);
        }
        throw PartiqlErrors.malformed("A condition was expected in the WHERE clause");
    }

    /** A value, path, {@code size(path)}, arithmetic or update function as expression operand text. */
    String operand(PartiqlExpression operand) {
        if (operand instanceof Path path) {
            return path(path);
        }
        if (BoundValues.isValue(operand)) {
            return value(values.valueOf(operand));
        }
        if (operand instanceof PartiqlExpression.Arithmetic arithmetic) {
            return operand(arithmetic.left()) + " " + arithmetic.operator() + " " + operand(arithmetic.right());
        }
        if (operand instanceof PartiqlExpression.Call call) {
            return call(call);
        }
        throw PartiqlErrors.malformed("A value or document path was expected");
    }

    /** Puts the collected placeholders into {@code request}. */
    void writeTo(ObjectNode request) {
        if (!names.isEmpty()) {
            request.set("ExpressionAttributeNames", names);
        }
        if (!valuePlaceholders.isEmpty()) {
            request.set("ExpressionAttributeValues", valuePlaceholders);
        }
    }

    private String call(PartiqlExpression.Call call) {
        return call.function() + "(" + call.arguments().stream().map(this::operand)
                .collect(Collectors.joining(", ")) + ")";
    }

    private String grouped(PartiqlExpression condition) {
        return condition instanceof PartiqlExpression.Or ? "(" + condition(condition) + ")" : condition(condition);
    }

    private String parenthesized(PartiqlExpression condition) {
        boolean compound = condition instanceof PartiqlExpression.And || condition instanceof PartiqlExpression.Or;
        return compound ? "(" + condition(condition) + ")" : condition(condition);
    }
}
