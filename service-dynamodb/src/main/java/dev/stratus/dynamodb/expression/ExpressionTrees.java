package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds validated expression trees straight from attribute tests, changes and names (what DynamoDB's legacy
 * parameters state), or from nodes of any shape (nested paths, functions, arithmetic, NOT and OR, as PartiQL
 * states them), with generated {@code #n0}/{@code :v0} placeholders bound to them: the same trees and the same
 * validation the equivalent expression text would get, without writing that text.
 *
 * <pre>{@code
 * ExpressionTrees trees = ExpressionTrees.placeholders();     // one per expression
 * Operand.DocumentPath price = trees.member(trees.path("Info"), "Price");
 * Condition filter = trees.conditionOf(ExpressionKind.FILTER,
 *         new ConditionNode.Comparison(price, ConditionNode.Comparator.GT, trees.value(three)));
 * }</pre>
 */
public final class ExpressionTrees {

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> nameOfAttribute = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    private ExpressionTrees() {
    }

    /** Fresh placeholders for building one expression node by node. */
    public static ExpressionTrees placeholders() {
        return new ExpressionTrees();
    }

    /**
     * The condition the tests state, joined by AND (or OR), validated as a {@code kind} expression.
     *
     * @throws dev.stratus.spi.AwsServiceException ValidationException worded for {@code kind}
     */
    public static Condition condition(ExpressionKind kind, List<AttributeTest> tests, boolean or) {
        ExpressionTrees trees = new ExpressionTrees();
        return trees.conditionOf(kind, trees.joined(tests, or));
    }

    /** The KeyConditionExpression the tests state, joined by AND, validated as one. */
    public static KeyConditionExpression keyCondition(List<AttributeTest> tests) {
        ExpressionTrees trees = new ExpressionTrees();
        return trees.keyConditionOf(trees.joined(tests, false));
    }

    /** The projection of these top-level attributes. */
    public static Projection projection(List<String> attributeNames) {
        ExpressionTrees trees = new ExpressionTrees();
        return trees.projectionOf(attributeNames.stream().map(trees::path).toList());
    }

    /** The update the changes state: its SET, REMOVE, ADD and DELETE clauses in that order. */
    public static Update update(List<AttributeChange> changes) {
        ExpressionTrees trees = new ExpressionTrees();
        Map<String, List<UpdateAction>> clauses = new LinkedHashMap<>();
        for (String clause : List.of("SET", "REMOVE", "ADD", "DELETE")) {
            clauses.put(clause, new ArrayList<>());
        }
        for (AttributeChange change : changes) {
            Operand.DocumentPath path = trees.path(change.attribute());
            switch (change.action()) {
                case SET -> clauses.get("SET").add(new UpdateAction.Set(path, trees.value(change.value())));
                case APPEND -> clauses.get("SET").add(new UpdateAction.Set(path, new Operand.FunctionCall("list_append",
                        List.of(new Operand.FunctionCall("if_not_exists", List.of(path, trees.value(AttributeValue.l()))),
                                trees.value(change.value())))));
                case REMOVE -> clauses.get("REMOVE").add(new UpdateAction.Remove(path));
                case ADD -> clauses.get("ADD").add(new UpdateAction.Add(path, trees.value(change.value())));
                case DELETE -> clauses.get("DELETE").add(new UpdateAction.Delete(path, trees.value(change.value())));
            }
        }
        List<UpdateAction> actions = new ArrayList<>();
        clauses.values().forEach(actions::addAll);
        return trees.updateOf(actions);
    }

    /**
     * The condition {@code root} states over these placeholders, validated as a {@code kind} expression.
     *
     * @throws dev.stratus.spi.AwsServiceException ValidationException worded for {@code kind}
     */
    public Condition conditionOf(ExpressionKind kind, ConditionNode root) {
        ExpressionAttributes attributes = attributes();
        validate(kind, root, attributes);
        return new Condition(root, attributes);
    }

    /** The KeyConditionExpression {@code root} states over these placeholders, validated as one. */
    public KeyConditionExpression keyConditionOf(ConditionNode root) {
        ExpressionAttributes attributes = attributes();
        validate(ExpressionKind.KEY_CONDITION, root, attributes);
        try {
            KeyConditions.checkOperators(root);
        } catch (InvalidExpressionException e) {
            throw ExpressionErrors.invalid(ExpressionKind.KEY_CONDITION, e.getMessage());
        }
        return new KeyConditionExpression(root, attributes);
    }

    /** The projection of these paths, validated as a ProjectionExpression. */
    public Projection projectionOf(List<Operand.DocumentPath> paths) {
        ExpressionAttributes attributes = attributes();
        try {
            ProjectionValidator.validate(paths, attributes, new PlaceholderUsage());
        } catch (InvalidExpressionException e) {
            throw ExpressionErrors.invalid(ExpressionKind.PROJECTION, e.getMessage());
        }
        return new Projection(paths.stream().map(attributes::resolve).toList());
    }

    /**
     * The update of these actions, validated as an UpdateExpression; its clauses are those of the actions, in the
     * order they first appear (give the actions clause by clause: SET, REMOVE, ADD, DELETE).
     */
    public Update updateOf(List<UpdateAction> actions) {
        List<String> keywords = new ArrayList<>();
        for (UpdateAction action : actions) {
            String keyword = keyword(action);
            if (!keywords.contains(keyword)) {
                keywords.add(keyword);
            }
        }
        ParsedUpdate parsed = new ParsedUpdate(actions, keywords);
        ExpressionAttributes attributes = attributes();
        try {
            UpdateValidator.validate(parsed, attributes, new PlaceholderUsage());
        } catch (InvalidExpressionException e) {
            throw ExpressionErrors.invalid(ExpressionKind.UPDATE, e.getMessage());
        }
        return new Update(parsed, attributes);
    }

    /** The path of a top-level attribute, through a placeholder (so reserved words need no escaping). */
    public Operand.DocumentPath path(String attribute) {
        return new Operand.DocumentPath(List.of(name(attribute)));
    }

    /** {@code parent.name}, the name through a placeholder. */
    public Operand.DocumentPath member(Operand.DocumentPath parent, String name) {
        List<PathElement> elements = new ArrayList<>(parent.elements());
        elements.add(name(name));
        return new Operand.DocumentPath(elements);
    }

    /** {@code parent[index]}. */
    public static Operand.DocumentPath element(Operand.DocumentPath parent, int index) {
        List<PathElement> elements = new ArrayList<>(parent.elements());
        elements.add(new PathElement.ListIndex(index));
        return new Operand.DocumentPath(elements);
    }

    /** A {@code :v} placeholder bound to {@code value}. */
    public Operand.ValueReference value(AttributeValue value) {
        String placeholder = ":v" + values.size();
        values.put(placeholder, value);
        return new Operand.ValueReference(placeholder);
    }

    private static String keyword(UpdateAction action) {
        if (action instanceof UpdateAction.Set) {
            return "SET";
        }
        if (action instanceof UpdateAction.Remove) {
            return "REMOVE";
        }
        return action instanceof UpdateAction.Add ? "ADD" : "DELETE";
    }

    private static void validate(ExpressionKind kind, ConditionNode root, ExpressionAttributes attributes) {
        try {
            ConditionValidator.validate(new ParsedCondition(root, false), attributes, new PlaceholderUsage());
        } catch (InvalidExpressionException e) {
            throw ExpressionErrors.invalid(kind, e.getMessage());
        }
    }

    private ExpressionAttributes attributes() {
        return new ExpressionAttributes(names, values);
    }

    /** The tests joined left to right, as the parser joins {@code a AND b AND c}. */
    private ConditionNode joined(List<AttributeTest> tests, boolean or) {
        ConditionNode joined = null;
        for (AttributeTest test : tests) {
            ConditionNode node = node(test);
            joined = joined == null ? node : or ? new ConditionNode.Or(joined, node) : new ConditionNode.And(joined, node);
        }
        return joined;
    }

    private ConditionNode node(AttributeTest test) {
        Operand.DocumentPath path = path(test.attribute());
        List<Operand> arguments = test.values().stream().map(value -> (Operand) value(value)).toList();
        return switch (test.kind()) {
            case EQ -> comparison(path, ConditionNode.Comparator.EQ, arguments);
            case NE -> comparison(path, ConditionNode.Comparator.NE, arguments);
            case LE -> comparison(path, ConditionNode.Comparator.LE, arguments);
            case LT -> comparison(path, ConditionNode.Comparator.LT, arguments);
            case GE -> comparison(path, ConditionNode.Comparator.GE, arguments);
            case GT -> comparison(path, ConditionNode.Comparator.GT, arguments);
            case EXISTS -> function("attribute_exists", path);
            case NOT_EXISTS -> function("attribute_not_exists", path);
            case CONTAINS -> function("contains", path, arguments.get(0));
            case NOT_CONTAINS -> new ConditionNode.And(function("attribute_exists", path),
                    new ConditionNode.Not(function("contains", path, arguments.get(0))));
            case BEGINS_WITH -> function("begins_with", path, arguments.get(0));
            case IN -> new ConditionNode.In(path, arguments);
            case BETWEEN -> new ConditionNode.Between(path, arguments.get(0), arguments.get(1));
        };
    }

    private static ConditionNode comparison(Operand.DocumentPath path, ConditionNode.Comparator comparator,
                                            List<Operand> arguments) {
        return new ConditionNode.Comparison(path, comparator, arguments.get(0));
    }

    private static ConditionNode function(String name, Operand... arguments) {
        return new ConditionNode.FunctionCondition(new Operand.FunctionCall(name, List.of(arguments)));
    }

    private PathElement name(String attribute) {
        String placeholder = nameOfAttribute.computeIfAbsent(attribute, unused -> {
            String generated = "#n" + names.size();
            names.put(generated, attribute);
            return generated;
        });
        return new PathElement.NamePlaceholder(placeholder);
    }
}
