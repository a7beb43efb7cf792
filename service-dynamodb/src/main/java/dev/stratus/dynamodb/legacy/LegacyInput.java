package dev.stratus.dynamodb.legacy;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The legacy parameters of one request (or of one table of a BatchGetItem, as a GetItem), with what else the
 * request has that decides whether AWS accepts them.
 *
 * @param operation        the operation whose rules apply
 * @param present          whether the request has a member of that name that is not null
 * @param conditions       the entries of Expected, KeyConditions, QueryFilter and ScanFilter, by parameter, for
 *                         those present
 * @param attributeUpdates AttributeUpdates, or {@code null} when absent
 * @param attributesToGet  AttributesToGet, or {@code null} when absent
 * @param conditionalOperator ConditionalOperator, or {@code null} when absent
 * @param select           Select, or {@code null} when absent
 */
public record LegacyInput(String operation, Predicate<String> present, Map<String, List<ConditionEntry>> conditions,
                          List<AttributeUpdate> attributeUpdates, List<String> attributesToGet,
                          String conditionalOperator, String select) {

    boolean has(String parameter) {
        return present.test(parameter);
    }

    /** How many entries the condition parameter has (0 when absent). */
    int entries(String parameter) {
        List<ConditionEntry> entries = conditions.get(parameter);
        return entries == null ? 0 : entries.size();
    }
}
