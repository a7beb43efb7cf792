package dev.stratus.dynamodb.expression;

import static dev.stratus.dynamodb.expression.ExpressionFixtures.EXPRESSIONS;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.item;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.message;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.names;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.used;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyConditionExpressionTest {

    private static final Map<String, AttributeValue> VALUES = item("{':p': {'S': 'p1'}, ':a': {'S': 'a'},"
            + "':b': {'S': 'b'}, ':n': {'N': '7'}}");

    private static ExpressionRequest request(String expression) {
        return EXPRESSIONS.request(ExpressionInput.builder()
                .names(used(names("#pk", "pk", "#sk", "sk"), expression))
                .values(used(VALUES, expression))
                .keyConditionExpression(expression).build());
    }

    private static KeyCondition keyCondition(String expression) {
        return request(expression).keyCondition("pk", "sk").orElseThrow();
    }

    @Test
    void partitionKeyAlone() {
        KeyCondition key = keyCondition("pk = :p");
        assertEquals("pk", key.hashKeyName());
        assertEquals(AttributeValue.s("p1"), key.hashKeyValue());
        assertTrue(key.rangeCondition().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"sk = :a, EQ", "sk < :a, LT", "sk <= :a, LE", "sk > :a, GT", "sk >= :a, GE",
            "begins_with(sk; :a), BEGINS_WITH"})
    void eachSortKeyOperator(String rangePart, RangeCondition.Operator operator) {
        RangeCondition range = keyCondition("pk = :p AND " + rangePart.replace(';', ','))
                .rangeCondition().orElseThrow();
        assertEquals("sk", range.attributeName());
        assertEquals(operator, range.operator());
        assertEquals(AttributeValue.s("a"), range.value());
        assertNull(range.upper());
    }

    @Test
    void betweenHasTwoBounds() {
        RangeCondition range = keyCondition("pk = :p AND sk BETWEEN :a AND :b").rangeCondition().orElseThrow();
        assertEquals(AttributeValue.s("a"), range.value());
        assertEquals(AttributeValue.s("b"), range.upper());
        assertTrue(range.matches(AttributeValue.s("ab")));
        assertFalse(range.matches(AttributeValue.s("ba")));
    }

    @Test
    void conditionsMayComeInAnyOrderAndWithPlaceholders() {
        KeyCondition key = keyCondition("#sk >= :a AND #pk = :p");
        assertEquals(AttributeValue.s("p1"), key.hashKeyValue());
        assertEquals(RangeCondition.Operator.GE, key.rangeCondition().orElseThrow().operator());
    }

    @Test
    void oneLevelOfParenthesesIsAllowed() {
        assertEquals(RangeCondition.Operator.EQ,
                keyCondition("((sk = :a) AND (pk = :p))").rangeCondition().orElseThrow().operator());
    }

    @Test
    void aValueOnTheLeftIsReadFromTheKeysSide() {
        RangeCondition range = keyCondition(":p = pk AND :a < sk").rangeCondition().orElseThrow();
        assertEquals(RangeCondition.Operator.GT, range.operator());
    }

    @Test
    void rangeConditionsMatchSortKeys() {
        RangeCondition beginsWith = keyCondition("pk = :p AND begins_with(sk, :a)").rangeCondition().orElseThrow();
        assertTrue(beginsWith.matches(AttributeValue.s("abc")));
        assertFalse(beginsWith.matches(AttributeValue.s("bac")));
        assertFalse(beginsWith.matches(AttributeValue.n("1")));
        RangeCondition lessThan = keyCondition("pk = :p AND sk < :n").rangeCondition().orElseThrow();
        assertTrue(lessThan.matches(AttributeValue.n("6.5")));
        assertFalse(lessThan.matches(AttributeValue.n("7")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pk = :p OR sk = :a|Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: OR",
            "NOT pk = :p|Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: NOT",
            "pk IN (:p, :a)|Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: IN",
            "pk <> :p|Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: <>",
            "pk = :p AND attribute_exists(sk)|Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: attribute_exists",
            "pk = :p AND contains(sk, :a)|Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: contains",
            "pk|Invalid KeyConditionExpression: Syntax error; token: \"<EOF>\", near: \"pk\"",
            "pk = :p AND sk = :a AND sk = :b|KeyConditionExpressions must only contain one condition per key",
            "sk = :a|Query condition missed key schema element: pk",
            "pk > :p|Query key condition not supported",
            "begins_with(pk, :p)|Query key condition not supported",
            "pk = :p AND colour = :a|Query condition missed key schema element: sk",
            "pk = :p AND sk = :a AND x = :b|Conditions can be of length 1 or 2 only",
            "((pk = :p) AND ((sk = :a)))|Invalid KeyConditionExpression: The expression has redundant parentheses;",
            "BEGINS_WITH(sk, :a) AND pk = :p|Invalid KeyConditionExpression: Invalid function name; function: BEGINS_WITH",
            ":p = :a|Invalid KeyConditionExpression: Invalid condition in KeyConditionExpression: The expression must compare a key attribute to a value",
            "pk = :p AND begins_with(sk, :n)|Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
            "pk.x = :p|Invalid KeyConditionExpression: KeyConditionExpressions cannot have conditions on nested attributes",
            "size(pk) = :n|Invalid KeyConditionExpression: KeyConditionExpressions cannot contain nested operations",
            "pk = sk|Invalid KeyConditionExpression: Invalid condition in KeyConditionExpression: The expression must compare a key attribute to a value"})
    void refusesWhatAQueryCannotUse(String expression, String expectedMessage) {
        assertEquals(expectedMessage, message(() -> request(expression).keyCondition("pk", "sk")));
    }

    @Test
    void aSortKeyConditionNeedsASortKey() {
        assertEquals("Query key condition not supported",
                message(() -> request("pk = :p AND sk = :a").keyCondition("pk", null)));
    }
}
