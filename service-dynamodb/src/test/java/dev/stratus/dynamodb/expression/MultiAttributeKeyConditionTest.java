package dev.stratus.dynamodb.expression;

import static dev.stratus.dynamodb.expression.ExpressionFixtures.EXPRESSIONS;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.item;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.message;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.used;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Key conditions on a key of partition attributes (tournament, league) and sort attributes (round, bracket, seat). */
class MultiAttributeKeyConditionTest {

    private static final Map<String, AttributeValue> VALUES = item("{':t': {'S': 'WINTER2024'}, ':r': {'S': 'NA'},"
            + "':round': {'S': 'SEMIFINALS'}, ':b': {'S': 'UPPER'}, ':s': {'N': '3'}, ':s2': {'N': '7'}}");

    private static KeyCondition keyCondition(String expression) {
        return EXPRESSIONS.request(ExpressionInput.builder().values(used(VALUES, expression))
                        .keyConditionExpression(expression).build())
                .keyCondition().orElseThrow()
                .forSchema(List.of("tournament", "league"), List.of("round", "bracket", "seat"));
    }

    @Test
    void everyPartitionAttributeAloneSelectsThePartition() {
        KeyCondition key = keyCondition("league = :r AND tournament = :t");

        assertEquals(List.of("tournament", "league"), List.copyOf(key.partition().keySet()));
        assertEquals(List.of(AttributeValue.s("WINTER2024"), AttributeValue.s("NA")),
                List.copyOf(key.partition().values()));
        assertTrue(key.sortPrefix().isEmpty());
        assertNull(key.range());
    }

    @Test
    void equalitiesOnALeadingSortAttributeAndARangeOnTheNextOne() {
        KeyCondition key = keyCondition(
                "tournament = :t AND league = :r AND round = :round AND bracket = :b AND seat BETWEEN :s AND :s2");

        assertEquals(Map.of("round", AttributeValue.s("SEMIFINALS"), "bracket", AttributeValue.s("UPPER")),
                key.sortPrefix());
        assertEquals("seat", key.range().attributeName());
        assertEquals(RangeCondition.Operator.BETWEEN, key.range().operator());
    }

    @Test
    void theLastSortAttributeGivenMayBeginWith() {
        KeyCondition key = keyCondition("tournament = :t AND league = :r AND begins_with(round, :round)");

        assertTrue(key.sortPrefix().isEmpty());
        assertEquals(RangeCondition.Operator.BEGINS_WITH, key.range().operator());
    }

    @Test
    void aStartKeyOfAnotherSortPrefixIsOutsideTheCondition() {
        KeyCondition key = keyCondition("tournament = :t AND league = :r AND round = :round AND bracket > :b");

        assertTrue(key.excludes(Map.of("round", AttributeValue.s("FINALS"))));
        assertFalse(key.excludes(Map.of("round", AttributeValue.s("SEMIFINALS"), "bracket", AttributeValue.s("X"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "tournament = :t|Query condition missed key schema element: league",
            "tournament = :t AND league > :r|Query key condition not supported",
            "tournament = :t AND league = :r AND bracket = :b|Query condition missed key schema element: round",
            "tournament = :t AND league = :r AND round = :round AND seat = :s|Query condition missed key schema element: bracket",
            "tournament = :t AND league = :r AND round > :round AND bracket = :b|Query key condition not supported",
            "tournament = :t AND league = :r AND begins_with(round, :round) AND bracket = :b|Query key condition not supported",
            "tournament = :t AND league = :r AND round = :round AND colour = :b|Query condition missed key schema element: bracket"})
    void refusesConditionsThatDoNotFollowTheKeyLeftToRight(String expression, String expectedMessage) {
        assertEquals(expectedMessage, message(() -> keyCondition(expression)));
    }
}
