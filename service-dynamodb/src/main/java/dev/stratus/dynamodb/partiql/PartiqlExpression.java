package dev.stratus.dynamodb.partiql;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A node of a parsed PartiQL expression: a value, a document path, a condition or an arithmetic term. */
public sealed interface PartiqlExpression {

    /** A document path: {@code a}, {@code a.b}, {@code a[0]}, {@code "a"."b"}, {@code a['b']}. */
    record Path(List<Element> elements) implements PartiqlExpression {
        public Path {
            elements = List.copyOf(elements);
        }

        /** The attribute name when this path is just one top-level attribute, else {@code null}. */
        public String topLevelName() {
            return elements.size() == 1 && elements.get(0) instanceof Name name ? name.name() : null;
        }

        public sealed interface Element {
        }

        public record Name(String name) implements Element {
        }

        public record Index(int index) implements Element {
        }
    }

    /** A literal value: a string, number, boolean or null. */
    record Literal(AttributeValue value) implements PartiqlExpression {
    }

    /** A {@code ?} parameter, numbered from 0 in the order it appears in the statement. */
    record Parameter(int index) implements PartiqlExpression {
    }

    /** A list constructor {@code [a, b]}. */
    record ListOf(List<PartiqlExpression> elements) implements PartiqlExpression {
        public ListOf {
            elements = List.copyOf(elements);
        }
    }

    /** A map constructor {@code {'a': 1}}, entries in the order written. */
    record MapOf(Map<String, PartiqlExpression> entries) implements PartiqlExpression {
        public MapOf {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    /** A set constructor {@code <<'a', 'b'>>}. */
    record SetOf(List<PartiqlExpression> elements) implements PartiqlExpression {
        public SetOf {
            elements = List.copyOf(elements);
        }
    }

    /** {@code left op right}, op one of {@code = <> < <= > >=}. */
    record Comparison(String operator, PartiqlExpression left, PartiqlExpression right) implements PartiqlExpression {
    }

    record And(PartiqlExpression left, PartiqlExpression right) implements PartiqlExpression {
    }

    record Or(PartiqlExpression left, PartiqlExpression right) implements PartiqlExpression {
    }

    record Not(PartiqlExpression operand) implements PartiqlExpression {
    }

    record Between(PartiqlExpression operand, PartiqlExpression lower, PartiqlExpression upper)
            implements PartiqlExpression {
    }

    record In(PartiqlExpression operand, List<PartiqlExpression> candidates) implements PartiqlExpression {
        public In {
            candidates = List.copyOf(candidates);
        }
    }

    /** {@code path IS MISSING} or, with {@code negated}, {@code path IS NOT MISSING}. */
    record IsMissing(Path path, boolean negated) implements PartiqlExpression {
    }

    /**
     * A function call: {@code begins_with}, {@code contains}, {@code attribute_type}, {@code size} in conditions;
     * {@code list_append}, {@code if_not_exists}, {@code set_add}, {@code set_delete} in SET actions. Names are
     * lower case.
     */
    record Call(String function, List<PartiqlExpression> arguments) implements PartiqlExpression {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code left + right} or {@code left - right} in a SET action. */
    record Arithmetic(String operator, PartiqlExpression left, PartiqlExpression right) implements PartiqlExpression {
    }
}
