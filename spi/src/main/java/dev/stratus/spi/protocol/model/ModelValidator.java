package dev.stratus.spi.protocol.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks a request's input against its operation's shape in an API model, as AWS's front end does before any
 * service logic: required members, lengths and ranges, enums, patterns and list and map sizes, recursively and in
 * the model's member order. Each violation is worded as AWS words it,
 * {@code Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3},
 * with AWS's paths ({@code globalSecondaryIndexes.1.member.keySchema}, {@code scanFilter.a.member.comparisonOperator});
 * {@link #summary(List)} aggregates them. Values of the wrong JSON type are left to the deserializer.
 */
public final class ModelValidator {

    /** AWS reports at most this many violations of one request. */
    public static final int MAX_REPORTED = 10;

    private final ServiceModel model;
    private final Map<String, ShapeRules> inputs;

    private ModelValidator(Builder builder) {
        this.model = builder.model;
        this.inputs = ShapeRules.ofInputs(model,
                new Amendments(builder.enumWording, builder.alsoRequired, builder.substitutions));
    }

    public static Builder builder(ServiceModel model) {
        return new Builder(model);
    }

    /** AWS's summary of violations: {@code 1 validation error detected: a} or {@code N validation errors detected: a; b}. */
    public static String summary(List<String> violations) {
        String count = violations.size() == 1 ? "1 validation error detected: "
                : violations.size() + " validation errors detected: ";
        return count + String.join("; ", violations);
    }

    /**
     * The violations of {@code input} to {@code operation}, in the order AWS reports them, at most
     * {@link #MAX_REPORTED}; empty when the input is valid or the model does not know the operation.
     */
    public List<String> violations(String operation, JsonNode input) {
        ShapeRules rules = inputs.get(operation);
        // Most requests break nothing: a check visiting only what the input holds tells so without a report's
        // cost (every declared member, in the model's order, with its path).
        if (rules == null || rules.accepts(input)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        new Walk(found).value(rules, input, "");
        return found;
    }

    /**
     * A violation the model cannot state (a service's own limit), worded as the model's are: {@code value}, a
     * value of {@code shape}, broke {@code constraint} ({@code Member must ...}) at {@code path}.
     */
    public String violation(String shape, JsonNode value, String path, String constraint) {
        return worded(model.shape(shape), value, path, constraint);
    }

    private String worded(Shape shape, JsonNode node, String path, String constraint) {
        String shown = node == null ? "null" : "'" + ValueRendering.render(model, shape, node) + "'";
        return "Value " + shown + " at '" + path + "' failed to satisfy constraint: " + constraint;
    }

    /** One walk over one request that breaks the model, collecting its violations in the model's order. */
    private final class Walk {
        private final List<String> found;

        Walk(List<String> found) {
            this.found = found;
        }

        void value(ShapeRules rules, JsonNode node, String path) {
            if (!rules.fits(node)) {
                return;
            }
            for (String constraint : rules.constraints().broken(node)) {
                add(rules.shape(), node, path, constraint);
            }
            children(rules, node, path);
        }

        private void children(ShapeRules rules, JsonNode node, String path) {
            if (rules.isStructure()) {
                members(rules, node, path);
            } else if (rules.isList()) {
                elements(rules, node, path);
            } else if (rules.isMap()) {
                entries(rules, node, path);
            }
        }

        private void members(ShapeRules rules, JsonNode node, String path) {
            for (ShapeRules.MemberRules member : rules.members()) {
                JsonNode child = node.get(member.name());
                String childPath = path.isEmpty() ? member.pathName() : path + "." + member.pathName();
                if (child == null || child.isNull()) {
                    if (member.required()) {
                        add(null, null, childPath, "Member must not be null");
                    }
                    continue;
                }
                value(member.rulesFor(child), child, childPath);
            }
        }

        private void elements(ShapeRules rules, JsonNode node, String path) {
            ShapeRules element = rules.element();
            if (element.isScalar()) {
                scalarChildren(rules, node, element, node.elements(), path, "Member must satisfy constraint: ");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                value(element, node.get(i), path + "." + (i + 1) + ".member");
            }
        }

        private void entries(ShapeRules rules, JsonNode node, String path) {
            ShapeRules key = rules.key();
            List<JsonNode> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(name -> keys.add(TextNode.valueOf(name)));
            scalarChildren(rules, node, key, keys.iterator(), path, "Map key must satisfy constraint: ");
            ShapeRules value = rules.value();
            if (value.isScalar() || value.isList()) {
                scalarChildren(rules, node, value, node.elements(), path, "Map value must satisfy constraint: ");
            }
            node.fields().forEachRemaining(entry -> {
                String entryPath = path + "." + entry.getKey() + ".member";
                if (value.isStructure()) {
                    value(value, entry.getValue(), entryPath);
                } else if (value.fits(entry.getValue())) {
                    children(value, entry.getValue(), entryPath);
                }
            });
        }

        /** Constraints of the elements, keys or values of a collection are reported once, against the collection. */
        private void scalarChildren(ShapeRules collection, JsonNode node, ShapeRules child, Iterator<JsonNode> children,
                                    String path, String prefix) {
            while (children.hasNext()) {
                JsonNode next = children.next();
                if (child.fits(next) && child.constraints().brokenBy(next)) {
                    add(collection.shape(), node, path, prefix + child.constraints().listed());
                    return;
                }
            }
        }

        private void add(Shape shape, JsonNode node, String path, String constraint) {
            if (found.size() < MAX_REPORTED) {
                found.add(worded(shape, node, path, constraint));
            }
        }
    }

    /**
     * Assembles a {@link ModelValidator}. The amendments let a service state what its live front end checks beyond
     * the published model, each where it differs, so the model stays the source of every other constraint.
     */
    public static final class Builder {
        private final ServiceModel model;
        private final Map<String, List<String>> enumWording = new HashMap<>();
        private final Map<String, Set<String>> alsoRequired = new HashMap<>();
        private final List<Amendments.Substitution> substitutions = new ArrayList<>();

        private Builder(ServiceModel model) {
            this.model = model;
        }

        /** AWS lists the values of enum {@code shape} in {@code order} (the model may order them otherwise). */
        public Builder enumWording(String shape, List<String> order) {
            if (!Set.copyOf(order).equals(Set.copyOf(model.shape(shape).enumValues()))) {
                throw new IllegalArgumentException("Not the values of " + shape + ": " + order);
            }
            enumWording.put(shape, List.copyOf(order));
            return this;
        }

        /** AWS requires {@code members} of structure {@code shape}, though the model does not say so. */
        public Builder alsoRequired(String shape, String... members) {
            Set<String> known = new HashSet<>();
            model.shape(shape).members().forEach(member -> known.add(member.name()));
            for (String member : members) {
                if (!known.contains(member)) {
                    throw new IllegalArgumentException(shape + " has no member " + member);
                }
            }
            alsoRequired.computeIfAbsent(shape, name -> new HashSet<>()).addAll(List.of(members));
            return this;
        }

        /** A value of {@code shape} that {@code when} accepts is checked as a value of {@code replacement}. */
        public Builder substitute(String shape, Predicate<JsonNode> when, String replacement) {
            model.shape(shape);
            model.shape(replacement);
            substitutions.add(new Amendments.Substitution(shape, when, replacement));
            return this;
        }

        public ModelValidator build() {
            return new ModelValidator(this);
        }
    }
}
