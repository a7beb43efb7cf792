package dev.stratus.spi.protocol.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A shape of an API model with a validator's amendments, prepared once for checking many requests: its JSON type,
 * its constraints, and the rules of its members, elements, keys and values linked in. {@link #accepts(JsonNode)}
 * decides whether a value breaks anything by visiting only what the value holds, and allocates nothing on the way.
 */
final class ShapeRules {

    private enum Kind { STRUCTURE, LIST, MAP, SCALAR }

    private final Shape shape;
    private final Kind kind;
    private final JsonType json;
    private final Constraints constraints;
    // Linked once, by Linker, before any rules are shared (cycles in the model rule out constructor arguments).
    private List<MemberRules> members = List.of();
    private Map<String, MemberRules> membersByName = Map.of();
    private int requiredMembers;
    private ShapeRules element;
    private ShapeRules key;
    private ShapeRules value;

    private ShapeRules(Shape shape, Amendments amendments) {
        this.shape = shape;
        this.kind = shape.isStructure() ? Kind.STRUCTURE : shape.isList() ? Kind.LIST : shape.isMap() ? Kind.MAP
                : Kind.SCALAR;
        this.json = JsonType.of(shape.type());
        this.constraints = new Constraints(shape, amendments.wordingOf(shape));
    }

    /** The rules of the input of each operation of {@code model} that takes input, by operation. */
    static Map<String, ShapeRules> ofInputs(ServiceModel model, Amendments amendments) {
        Linker linker = new Linker(model, amendments);
        Map<String, ShapeRules> inputs = new HashMap<>();
        for (String operation : model.operationsWithInput()) {
            model.input(operation).ifPresent(input -> inputs.put(operation, linker.rules(input.name())));
        }
        return Map.copyOf(inputs);
    }

    /**
     * A member of a structure: its name on the wire, its name in a violation's path, its rules, whether it is
     * required, and the substitutions that may check a value of it against other rules.
     */
    record MemberRules(String name, String pathName, ShapeRules rules, boolean required,
                       List<Substitute> substitutes) {

        /** The rules {@code node}, a value of this member, is checked against. */
        ShapeRules rulesFor(JsonNode node) {
            for (int i = 0; i < substitutes.size(); i++) {
                Substitute substitute = substitutes.get(i);
                if (substitute.when().test(node)) {
                    return substitute.replacement();
                }
            }
            return rules;
        }
    }

    /** A value that {@code when} accepts is checked against {@code replacement}. */
    record Substitute(Predicate<JsonNode> when, ShapeRules replacement) {
    }

    /** Whether {@code node} breaks none of these rules; a value of another JSON type breaks none. */
    boolean accepts(JsonNode node) {
        return !json.fits(node) || !constraints.brokenBy(node) && childrenAccept(node);
    }

    /** Whether the members, elements or entries of {@code node}, a value of this shape's JSON type, break none. */
    boolean childrenAccept(JsonNode node) {
        return switch (kind) {
            case STRUCTURE -> membersAccept(node);
            case LIST -> elementsAccept(node);
            case MAP -> entriesAccept(node);
            case SCALAR -> true;
        };
    }

    /** Whether {@code name}, a key of a map whose keys are of this shape, breaks none of its constraints. */
    boolean acceptsKey(String name) {
        if (!json.fitsText()) {
            return true;
        }
        return constraints.textMeasured() ? !constraints.brokenByText(name) : accepts(TextNode.valueOf(name));
    }

    private boolean membersAccept(JsonNode node) {
        int required = 0;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            MemberRules member = membersByName.get(field.getKey());
            JsonNode child = field.getValue();
            if (member == null || child.isNull()) {
                continue;
            }
            if (member.required()) {
                required++;
            }
            if (!member.rulesFor(child).accepts(child)) {
                return false;
            }
        }
        return required == requiredMembers;
    }

    private boolean elementsAccept(JsonNode node) {
        for (int i = 0; i < node.size(); i++) {
            if (!element.accepts(node.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean entriesAccept(JsonNode node) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!key.acceptsKey(entry.getKey()) || !value.acceptsAsMapValue(entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** AWS does not check the constraints of a map's value that is itself a map, only what it holds. */
    private boolean acceptsAsMapValue(JsonNode node) {
        return kind == Kind.MAP ? !json.fits(node) || childrenAccept(node) : accepts(node);
    }

    Shape shape() {
        return shape;
    }

    boolean fits(JsonNode node) {
        return json.fits(node);
    }

    Constraints constraints() {
        return constraints;
    }

    boolean isStructure() {
        return kind == Kind.STRUCTURE;
    }

    boolean isList() {
        return kind == Kind.LIST;
    }

    boolean isMap() {
        return kind == Kind.MAP;
    }

    boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    /** A structure's members in the model's order. */
    List<MemberRules> members() {
        return members;
    }

    ShapeRules element() {
        return element;
    }

    ShapeRules key() {
        return key;
    }

    ShapeRules value() {
        return value;
    }

    /** Makes the rules of each shape once, linking each to the rules of the shapes it holds. */
    private static final class Linker {
        private final ServiceModel model;
        private final Amendments amendments;
        private final Map<String, ShapeRules> made = new HashMap<>();

        Linker(ServiceModel model, Amendments amendments) {
            this.model = model;
            this.amendments = amendments;
        }

        ShapeRules rules(String name) {
            ShapeRules rules = made.get(name);
            if (rules == null) {
                rules = new ShapeRules(model.shape(name), amendments);
                made.put(name, rules);
                link(rules);
            }
            return rules;
        }

        private void link(ShapeRules rules) {
            Shape shape = rules.shape;
            if (shape.isStructure()) {
                List<MemberRules> members = new ArrayList<>();
                Map<String, MemberRules> byName = new HashMap<>();
                for (Shape.Member member : shape.members()) {
                    MemberRules memberRules = new MemberRules(member.name(), ValueRendering.lowerFirst(member.name()),
                            rules(member.shape()), amendments.requires(shape, member.name()),
                            substitutes(member.shape()));
                    members.add(memberRules);
                    byName.put(member.name(), memberRules);
                    rules.requiredMembers += memberRules.required() ? 1 : 0;
                }
                rules.members = List.copyOf(members);
                rules.membersByName = Map.copyOf(byName);
            } else if (shape.isList()) {
                rules.element = rules(shape.member());
            } else if (shape.isMap()) {
                rules.key = rules(shape.key());
                rules.value = rules(shape.value());
            }
        }

        private List<Substitute> substitutes(String shape) {
            List<Substitute> substitutes = new ArrayList<>();
            for (Amendments.Substitution substitution : amendments.substitutions()) {
                if (substitution.shape().equals(shape)) {
                    substitutes.add(new Substitute(substitution.when(), rules(substitution.replacement())));
                }
            }
            return List.copyOf(substitutes);
        }
    }
}
