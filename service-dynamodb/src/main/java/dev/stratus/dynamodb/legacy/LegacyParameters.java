package dev.stratus.dynamodb.legacy;

import dev.stratus.dynamodb.expression.AttributeChange;
import dev.stratus.dynamodb.expression.Condition;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.ExpressionTrees;
import dev.stratus.dynamodb.expression.KeyConditionExpression;
import dev.stratus.dynamodb.expression.Projection;
import dev.stratus.dynamodb.expression.Update;
import dev.stratus.dynamodb.query.Select;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles a request's legacy parameters ({@code Expected}, {@code AttributeUpdates}, {@code KeyConditions},
 * {@code QueryFilter}, {@code ScanFilter}, {@code AttributesToGet}, {@code ConditionalOperator}) straight to the
 * expression trees they state, so that operations need to understand only expressions.
 */
public final class LegacyParameters {

    private static final String CONDITIONAL_OPERATOR = "ConditionalOperator";
    private static final List<String> CONDITION_PARAMETERS = List.of("Expected", "QueryFilter", "ScanFilter");

    /** Which expression and legacy parameters each operation has, in the order AWS lists them in errors. */
    private static final Map<String, Rules> RULES = Map.of(
            "GetItem", new Rules(List.of("ProjectionExpression"), List.of("AttributesToGet"), List.of()),
            "PutItem", new Rules(List.of("ConditionExpression"), List.of("Expected", CONDITIONAL_OPERATOR),
                    List.of("ConditionExpression")),
            "DeleteItem", new Rules(List.of("ConditionExpression"), List.of("Expected", CONDITIONAL_OPERATOR),
                    List.of("ConditionExpression")),
            "UpdateItem", new Rules(List.of("UpdateExpression", "ConditionExpression"),
                    List.of("AttributeUpdates", "Expected", CONDITIONAL_OPERATOR),
                    List.of("UpdateExpression", "ConditionExpression")),
            "Query", new Rules(List.of("ProjectionExpression", "FilterExpression", "KeyConditionExpression"),
                    List.of("AttributesToGet", "QueryFilter", CONDITIONAL_OPERATOR, "KeyConditions"),
                    List.of("FilterExpression", "KeyConditionExpression")),
            "Scan", new Rules(List.of("ProjectionExpression", "FilterExpression"),
                    List.of("AttributesToGet", "ScanFilter", CONDITIONAL_OPERATOR),
                    List.of("FilterExpression")));

    private LegacyParameters() {
    }

    /** The operations that have legacy parameters (BatchGetItem has them per table, as GetItem). */
    public static Set<String> operations() {
        return RULES.keySet();
    }

    /**
     * The expression trees the request's legacy parameters state ({@link LegacyExpressions#NONE} when it has none).
     *
     * @throws dev.stratus.spi.AwsServiceException ValidationException, worded as AWS does, for legacy
     *         parameters AWS refuses, including legacy and expression parameters mixed in one request
     */
    public static LegacyExpressions compile(LegacyInput input) {
        Rules rules = RULES.get(input.operation());
        rules.check(input);
        checkConditionalOperator(input);
        if (input.operation().equals("Query") || input.operation().equals("Scan")) {
            checkAttributesToGetWithSelect(input);
        }
        if (!anyPresent(rules.legacy(), input)) {
            return LegacyExpressions.NONE;
        }
        boolean or = "OR".equals(input.conditionalOperator());
        Optional<KeyConditionExpression> keyCondition = keyCondition(input);
        Optional<Condition> condition = conditions(input, "Expected", ExpressionKind.CONDITION, or);
        Optional<Condition> filter = conditions(input, "QueryFilter", ExpressionKind.FILTER, or)
                .or(() -> conditions(input, "ScanFilter", ExpressionKind.FILTER, or));
        Optional<Update> update = update(input);
        Optional<Projection> projection = projection(input);
        return new LegacyExpressions(condition, filter, keyCondition, update, projection);
    }

    /** Whether the request has any of the parameters; checked on every request, so without a stream. */
    private static boolean anyPresent(List<String> parameters, LegacyInput input) {
        for (String parameter : parameters) {
            if (input.has(parameter)) {
                return true;
            }
        }
        return false;
    }

    /** ConditionalOperator joins legacy conditions, so AWS refuses it where there are fewer than two to join. */
    private static void checkConditionalOperator(LegacyInput input) {
        if (!input.has(CONDITIONAL_OPERATOR)) {
            return;
        }
        int conditions = CONDITION_PARAMETERS.stream().mapToInt(input::entries).sum();
        if (conditions == 0) {
            throw LegacyErrors.conditionalOperatorWithoutConditions();
        }
        if (conditions == 1) {
            throw LegacyErrors.conditionalOperatorWithOneCondition();
        }
    }

    private static void checkAttributesToGetWithSelect(LegacyInput input) {
        if (input.has("AttributesToGet")) {
            Select.checkProjectionAllowed(input.operation(), "AttributesToGet", input.select());
        }
    }

    /**
     * KeyConditions, refused when empty or, on a table (whose key has at most two attributes), with more than two
     * conditions; on an index, more conditions are left to the index's key schema to allow (a global index's
     * multi-attribute keys) or refuse with the same words.
     */
    private static Optional<KeyConditionExpression> keyCondition(LegacyInput input) {
        List<ConditionEntry> entries = input.conditions().get("KeyConditions");
        if (entries == null) {
            return Optional.empty();
        }
        List<LegacyCondition> conditions = entries.stream().map(LegacyCondition::ofFilter).toList();
        if (conditions.isEmpty() || conditions.size() > 2 && !input.has("IndexName")) {
            throw LegacyErrors.keyConditionCount();
        }
        for (LegacyCondition condition : conditions) {
            if (!ComparisonOperator.INDEXABLE.contains(condition.operator())) {
                throw LegacyErrors.notIndexable();
            }
        }
        return Optional.of(ExpressionTrees.keyCondition(conditions.stream().map(LegacyCondition::test).toList()));
    }

    private static Optional<Condition> conditions(LegacyInput input, String parameter, ExpressionKind kind,
                                                  boolean or) {
        List<ConditionEntry> entries = input.conditions().get(parameter);
        if (entries == null) {
            return Optional.empty();
        }
        List<LegacyCondition> conditions = entries.stream()
                .map(parameter.equals("Expected") ? LegacyCondition::ofExpected : LegacyCondition::ofFilter)
                .toList();
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ExpressionTrees.condition(kind, conditions.stream().map(LegacyCondition::test).toList(),
                or));
    }

    private static Optional<Update> update(LegacyInput input) {
        if (input.attributeUpdates() == null) {
            return Optional.empty();
        }
        List<AttributeChange> changes = AttributeUpdates.changes(input.attributeUpdates());
        return changes.isEmpty() ? Optional.empty() : Optional.of(ExpressionTrees.update(changes));
    }

    private static Optional<Projection> projection(LegacyInput input) {
        if (input.attributesToGet() == null) {
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        for (String name : input.attributesToGet()) {
            if (!seen.add(name)) {
                throw LegacyErrors.duplicateAttributeToGet(name);
            }
        }
        return Optional.of(ExpressionTrees.projection(input.attributesToGet()));
    }

    /** One operation's expression and legacy parameters, and the expressions that use attribute values. */
    private record Rules(List<String> expressions, List<String> legacy, List<String> valueExpressions) {

        /** Refuses what AWS refuses before looking at any condition: mixed forms, placeholders without expressions. */
        void check(LegacyInput input) {
            boolean expressionUsed = anyPresent(expressions, input);
            if (expressionUsed && anyPresent(legacy, input)) {
                boolean keyConditionsAllowed = !input.has("KeyConditionExpression");
                List<String> legacyUsed = legacy.stream().filter(input::has)
                        .filter(name -> !(keyConditionsAllowed && name.equals("KeyConditions")))
                        .toList();
                if (!legacyUsed.isEmpty()) {
                    throw LegacyErrors.mixedParameters(legacyUsed, expressions.stream().filter(input::has).toList());
                }
            }
            if (input.has("ExpressionAttributeNames") && !expressionUsed) {
                throw LegacyErrors.namesWithoutExpressions();
            }
            if (!valueExpressions.isEmpty() && input.has("ExpressionAttributeValues")
                    && !anyPresent(valueExpressions, input)) {
                throw LegacyErrors.valuesWithoutExpressions(valueExpressions);
            }
        }
    }
}
