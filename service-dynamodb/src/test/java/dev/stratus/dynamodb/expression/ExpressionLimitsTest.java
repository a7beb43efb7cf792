package dev.stratus.dynamodb.expression;

import static dev.stratus.dynamodb.expression.ExpressionFixtures.EXPRESSIONS;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExpressionLimitsTest {

    private static ExpressionRequest condition(String expression) {
        return EXPRESSIONS.request(ExpressionInput.builder().conditionExpression(expression).build());
    }

    @Test
    void anExpressionMayTake4096Bytes() {
        condition("a" + " ".repeat(4090) + " = b");
    }

    @Test
    void refusesLongerExpressionsBeforeParsingThem() {
        assertEquals("Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; "
                + "expression size: 4097", message(() -> condition("(".repeat(4097))));
        assertEquals("Invalid UpdateExpression: Expression size has exceeded the maximum allowed size; "
                + "expression size: 4099", message(() -> EXPRESSIONS.request(ExpressionInput.builder()
                .updateExpression("SET a = b" + "é".repeat(2045)).build())));
    }

    @Test
    void allowsThreeHundredOperators() {
        condition("a<b " + "or (a<b ".repeat(149) + ")".repeat(149));
    }

    @Test
    void refusesMoreThanThreeHundredOperators() {
        assertEquals("Invalid ConditionExpression: The expression contains too many operators; operator count: 301",
                message(() -> condition("a<b " + "or (a<b ".repeat(150) + ")".repeat(150))));
        assertEquals("Invalid ConditionExpression: The expression contains too many operators; operator count: 301",
                message(() -> condition("not ".repeat(1000) + "a<b")));
    }

    @Test
    void deepNestingIsRefusedCleanly() {
        assertEquals("Invalid ConditionExpression: The expression has redundant parentheses;",
                message(() -> condition("(".repeat(2046) + "a<b" + ")".repeat(2046))));
        assertTrue(message(() -> condition("(".repeat(4096))).startsWith("Invalid ConditionExpression: "));
        assertTrue(message(() -> condition("a < " + "f(".repeat(1355) + "b" + ")".repeat(1355)))
                .startsWith("Invalid ConditionExpression: "));
        assertTrue(message(() -> EXPRESSIONS.request(ExpressionInput.builder()
                .updateExpression("SET a = " + "(".repeat(2000) + "b" + ")".repeat(2000)).build()))
                .startsWith("Invalid UpdateExpression: "));
    }

    @Test
    void documentPathsMayHave32Levels() {
        EXPRESSIONS.request(ExpressionInput.builder().projectionExpression("a" + ".b".repeat(30) + "[0]").build());
    }

    @Test
    void documentPathsDeeperThan32LevelsAreRefusedInEveryExpression() {
        assertEquals("Invalid ProjectionExpression: The document path has too many nesting levels; nesting levels: 33",
                message(() -> EXPRESSIONS.request(ExpressionInput.builder()
                        .projectionExpression("a" + ".b".repeat(32)).build())));
        assertEquals("Invalid ConditionExpression: The document path has too many nesting levels; nesting levels: 34",
                message(() -> condition("attribute_exists(a" + "[1]".repeat(33) + ")")));
    }
}
