package dev.stratus.dynamodb.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a request that uses DynamoDB's legacy parameters ({@code Expected}, {@code AttributeUpdates},
 * {@code KeyConditions}, {@code QueryFilter}, {@code ScanFilter}, {@code AttributesToGet},
 * {@code ConditionalOperator}) into the equivalent request in expression form, so that operations need to
 * understand only expressions.
 */
public final class LegacyParameters {

    private static final String CONDITIONAL_OPERATOR = "ConditionalOperator";

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

    /**
     * The request of {@code operation} in expression form. A request without legacy parameters (or an operation
     * that has none, or a body that is not a JSON object) comes back as given; otherwise a rewritten copy comes
     * back, with generated {@code #n0} / {@code :v0} placeholders added to its ExpressionAttributeNames /
     * ExpressionAttributeValues.
     *
     * @throws dev.stratus.spi.AwsServiceException ValidationException, worded as AWS does, for legacy
     *         parameters AWS refuses, including legacy and expression parameters mixed in one request
     */
    public static JsonNode toExpressions(String operation, JsonNode input) {
        if (!(input instanceof ObjectNode request)) {
            return input;
        }
        if (operation.equals("BatchGetItem")) {
            return batchGetItem(request);
        }
        Rules rules = RULES.get(operation);
        if (rules == null) {
            return request;
        }
        rules.check(request);
        if (rules.legacyIn(request).isEmpty()) {
            return request;
        }
        ObjectNode translated = request.deepCopy();
        Placeholders placeholders = new Placeholders(translated);
        String joiner = joiner(translated);
        keyConditions(translated, placeholders);
        conditions(translated, "Expected", "ConditionExpression", joiner, placeholders);
        conditions(translated, "QueryFilter", "FilterExpression", joiner, placeholders);
        conditions(translated, "ScanFilter", "FilterExpression", joiner, placeholders);
        attributeUpdates(translated, placeholders);
        attributesToGet(translated, placeholders);
        translated.remove(rules.legacy());
        placeholders.writeTo(translated);
        return translated;
    }

    private static ObjectNode batchGetItem(ObjectNode request) {
        JsonNode requestItems = request.get("RequestItems");
        if (requestItems == null || !requestItems.isObject()) {
            return request;
        }
        ObjectNode translated = request.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> tables = requestItems.fields();
        while (tables.hasNext()) {
            Map.Entry<String, JsonNode> table = tables.next();
            if (table.getValue() instanceof ObjectNode keysAndAttributes) {
                ((ObjectNode) translated.get("RequestItems"))
                        .set(table.getKey(), toExpressions("GetItem", keysAndAttributes));
            }
        }
        return translated;
    }

    private static String joiner(ObjectNode request) {
        JsonNode operator = request.get(CONDITIONAL_OPERATOR);
        return operator != null && "OR".equals(operator.asText()) ? " OR " : " AND ";
    }

    private static void keyConditions(ObjectNode request, Placeholders placeholders) {
        List<LegacyCondition> conditions = filterConditions(request, "KeyConditions");
        if (conditions == null) {
            return;
        }
        if (conditions.size() != 1 && conditions.size() != 2) {
            throw LegacyErrors.keyConditionCount();
        }
        for (LegacyCondition condition : conditions) {
            if (!ComparisonOperator.INDEXABLE.contains(condition.operator())) {
                throw LegacyErrors.notIndexable();
            }
        }
        request.put("KeyConditionExpression", rendered(conditions, " AND ", placeholders));
    }

    private static void conditions(ObjectNode request, String parameter, String expression, String joiner,
                                   Placeholders placeholders) {
        List<LegacyCondition> conditions = parameter.equals("Expected")
                ? expectedConditions(request) : filterConditions(request, parameter);
        if (conditions != null && !conditions.isEmpty()) {
            request.put(expression, rendered(conditions, joiner, placeholders));
        }
    }

    private static List<LegacyCondition> filterConditions(ObjectNode request, String parameter) {
        JsonNode entries = request.get(parameter);
        if (entries == null || entries.isNull()) {
            return null;
        }
        String path = Character.toLowerCase(parameter.charAt(0)) + parameter.substring(1);
        List<LegacyCondition> conditions = new ArrayList<>();
        entries.fields().forEachRemaining(entry ->
                conditions.add(LegacyCondition.ofFilter(path, entry.getKey(), entry.getValue())));
        return conditions;
    }

    private static List<LegacyCondition> expectedConditions(ObjectNode request) {
        JsonNode entries = request.get("Expected");
        if (entries == null || entries.isNull()) {
            return null;
        }
        List<LegacyCondition> conditions = new ArrayList<>();
        entries.fields().forEachRemaining(entry ->
                conditions.add(LegacyCondition.ofExpected(entry.getKey(), entry.getValue())));
        return conditions;
    }

    private static String rendered(List<LegacyCondition> conditions, String joiner, Placeholders placeholders) {
        List<String> parts = conditions.stream().map(condition -> condition.render(placeholders)).toList();
        return String.join(joiner, parts);
    }

    private static void attributeUpdates(ObjectNode request, Placeholders placeholders) {
        JsonNode updates = request.get("AttributeUpdates");
        if (updates == null || updates.isNull()) {
            return;
        }
        String expression = AttributeUpdates.toUpdateExpression(updates, placeholders);
        if (!expression.isEmpty()) {
            request.put("UpdateExpression", expression);
        }
    }

    private static void attributesToGet(ObjectNode request, Placeholders placeholders) {
        JsonNode names = request.get("AttributesToGet");
        if (names == null || names.isNull()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        List<String> projection = new ArrayList<>();
        for (JsonNode name : names) {
            if (!seen.add(name.asText())) {
                throw LegacyErrors.duplicateAttributeToGet(name.asText());
            }
            projection.add(placeholders.name(name.asText()));
        }
        request.put("ProjectionExpression", String.join(", ", projection));
    }

    /** One operation's expression and legacy parameters, and the expressions that use attribute values. */
    private record Rules(List<String> expressions, List<String> legacy, List<String> valueExpressions) {

        List<String> legacyIn(ObjectNode request) {
            return legacy.stream().filter(parameter -> present(request, parameter)).toList();
        }

        /** Refuses what AWS refuses before looking at any condition: mixed forms, placeholders without expressions. */
        void check(ObjectNode request) {
            List<String> expressionsUsed = expressions.stream().filter(name -> present(request, name)).toList();
            if (!expressionsUsed.isEmpty()) {
                boolean keyConditionsAllowed = !present(request, "KeyConditionExpression");
                List<String> legacyUsed = legacyIn(request).stream()
                        .filter(name -> !(keyConditionsAllowed && name.equals("KeyConditions")))
                        .toList();
                if (!legacyUsed.isEmpty()) {
                    throw LegacyErrors.mixedParameters(legacyUsed, expressionsUsed);
                }
            }
            if (present(request, "ExpressionAttributeNames") && expressionsUsed.isEmpty()) {
                throw LegacyErrors.namesWithoutExpressions();
            }
            if (!valueExpressions.isEmpty() && present(request, "ExpressionAttributeValues")
                    && valueExpressions.stream().noneMatch(name -> present(request, name))) {
                throw LegacyErrors.valuesWithoutExpressions(valueExpressions);
            }
        }

        private static boolean present(ObjectNode request, String parameter) {
            JsonNode value = request.get(parameter);
            return value != null && !value.isNull();
        }
    }
}
