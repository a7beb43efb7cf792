package dev.stratus.dynamodb.expression;

import static dev.stratus.dynamodb.expression.ExpressionFixtures.EXPRESSIONS;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.item;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.json;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.message;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.protocol.ExpressionParameters;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpressionsFacadeTest {

    @Test
    void updateWithConditionOnAMissingItemStartsFromTheKey() {
        ExpressionRequest request = EXPRESSIONS.request(ExpressionInput.builder()
                .names(names("#s", "status"))
                .values(item("{':one': {'N': '1'}, ':new': {'S': 'NEW'}}"))
                .updateExpression("SET #s = :new ADD visits :one")
                .conditionExpression("attribute_not_exists(pk)")
                .build());
        Map<String, AttributeValue> key = item("{'pk': {'S': 'a'}}");

        assertTrue(request.condition().orElseThrow().test(null));
        UpdateResult result = request.update(Set.of("pk")).orElseThrow().apply(null, key);

        assertEquals(item("{'pk': {'S': 'a'}, 'status': {'S': 'NEW'}, 'visits': {'N': '1'}}"), result.newItem());
        assertEquals(Set.of("status", "visits"), result.updatedAttributeNames());
        assertEquals(item("{'status': {'S': 'NEW'}, 'visits': {'N': '1'}}"), result.updatedNew());
        assertEquals(Map.of(), result.updatedOld());
    }

    @Test
    void queryExpressionsDescribeTheKeyRange() {
        ExpressionRequest request = EXPRESSIONS.request(ExpressionInput.builder()
                .values(item("{':p': {'S': 'p1'}, ':lo': {'N': '1'}, ':hi': {'N': '5'}, ':x': {'BOOL': true}}"))
                .keyConditionExpression("pk = :p AND sk BETWEEN :lo AND :hi")
                .filterExpression("flag = :x")
                .projectionExpression("sk, flag")
                .build());

        KeyCondition key = request.keyCondition("pk", "sk").orElseThrow();
        assertEquals(AttributeValue.s("p1"), key.hashKeyValue());
        RangeCondition range = key.rangeCondition().orElseThrow();
        assertEquals(RangeCondition.Operator.BETWEEN, range.operator());
        assertTrue(range.matches(AttributeValue.n("5")));
        assertFalse(range.matches(AttributeValue.n("6")));
        assertFalse(request.filter().orElseThrow().test(item("{'flag': {'BOOL': false}}")));
        assertEquals(Set.of("sk", "flag"), request.projection().orElseThrow().attributeNames());
    }

    @Test
    void refusesUnusedNamesAcrossAllExpressions() {
        assertEquals("Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}",
                message(() -> EXPRESSIONS.request(ExpressionInput.builder()
                        .names(names("#a", "a", "#b", "b"))
                        .conditionExpression("attribute_exists(#a)")
                        .projectionExpression("c")
                        .build())));
    }

    @Test
    void refusesUnusedValues() {
        assertEquals("Value provided in ExpressionAttributeValues unused in expressions: keys: {:b}",
                message(() -> EXPRESSIONS.request(ExpressionInput.builder()
                        .values(item("{':a': {'S': 'x'}, ':b': {'S': 'y'}}"))
                        .conditionExpression("a = :a")
                        .build())));
    }

    @Test
    void namesUsedByAnyExpressionCountAsUsed() {
        EXPRESSIONS.request(ExpressionInput.builder()
                .names(names("#a", "a", "#b", "b"))
                .values(item("{':v': {'S': 'x'}}"))
                .conditionExpression("#a = :v")
                .projectionExpression("#b")
                .build());
    }

    @Test
    void prefixesEachMistakeWithTheExpressionItWasIn() {
        assertEquals("Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \"a\"",
                message(() -> EXPRESSIONS.request(ExpressionInput.builder().updateExpression("SET a").build())));
        assertEquals("Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: name",
                message(() -> EXPRESSIONS.request(ExpressionInput.builder().projectionExpression("name").build())));
        assertEquals("Invalid FilterExpression: The expression can not be empty;",
                message(() -> EXPRESSIONS.request(ExpressionInput.builder().filterExpression("").build())));
    }

    @Test
    void refusesEmptyPlaceholderMaps() {
        assertEquals("ExpressionAttributeNames must not be empty", message(() -> EXPRESSIONS.request(
                ExpressionInput.builder().names(Map.of()).conditionExpression("a = b").build())));
        assertEquals("ExpressionAttributeValues must not be empty", message(() -> EXPRESSIONS.request(
                ExpressionInput.builder().values(Map.of()).conditionExpression("a = b").build())));
    }

    @Test
    void refusesPlaceholderMapsWithoutExpressions() {
        assertEquals("ExpressionAttributeNames can only be specified when using expressions",
                message(() -> EXPRESSIONS.request(ExpressionInput.builder()
                        .names(names("#a", "a")).conditionExpression(null).build())));
        assertEquals("ExpressionAttributeValues can only be specified when using expressions: "
                        + "UpdateExpression and ConditionExpression are null",
                message(() -> EXPRESSIONS.request(ExpressionInput.builder()
                        .values(item("{':a': {'S': 'x'}}")).updateExpression(null).conditionExpression(null).build())));
    }

    @Test
    void anOperationTakingOnlyAProjectionIgnoresValues() {
        Projection projection = EXPRESSIONS.request(ExpressionInput.builder()
                .values(item("{':a': {'S': 'x'}}")).projectionExpression("a").build()).projection().orElseThrow();
        assertEquals(Set.of("a"), projection.attributeNames());
    }

    @Test
    void refusesMalformedPlaceholderKeys() {
        assertEquals("ExpressionAttributeValues contains invalid key: Syntax error; token: \":a-b\", near: \":a-b\"",
                message(() -> EXPRESSIONS.request(ExpressionInput.builder()
                        .values(item("{':a-b': {'S': 'x'}}")).conditionExpression("a = b").build())));
        assertEquals("ExpressionAttributeNames contains invalid key: Syntax error; token: \"a\", near: \"a\"",
                message(() -> EXPRESSIONS.request(ExpressionInput.builder()
                        .names(names("a", "b")).conditionExpression("a = b").build())));
    }

    @Test
    void refusesEmptyAndOverlongNames() {
        assertEquals("ExpressionAttributeNames contains invalid value: Empty attribute name for key #a",
                message(() -> EXPRESSIONS.request(ExpressionInput.builder()
                        .names(names("#a", "")).conditionExpression("attribute_exists(#a)").build())));
        assertEquals("ExpressionAttributeNames contains invalid value: Attribute name is too large, "
                        + "must be less than 65536 bytes for key #a",
                message(() -> EXPRESSIONS.request(ExpressionInput.builder()
                        .names(names("#a", "x".repeat(65536))).conditionExpression("attribute_exists(#a)").build())));
    }

    @Test
    void wrapsInvalidPlaceholderValuesWithTheirKey() {
        assertEquals("ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: "
                        + "An string set  may not be empty for key :s",
                message(() -> ExpressionParameters.values(json("{':s': {'SS': []}}"))));
    }

    @Test
    void refusesUpdatesOfKeyAttributes() {
        ExpressionRequest request = EXPRESSIONS.request(ExpressionInput.builder()
                .values(item("{':v': {'S': 'x'}}")).updateExpression("SET sk = :v").build());
        assertEquals("One or more parameter values were invalid: Cannot update attribute sk. "
                + "This attribute is part of the key", message(() -> request.update(Set.of("pk", "sk"))));
    }

    @Test
    void parsesEachDistinctExpressionOnce() {
        Expressions expressions = new Expressions(2);
        ExpressionInput input = ExpressionInput.builder().projectionExpression("a, b").build();
        expressions.request(input);
        expressions.request(input);
        assertEquals(1, expressions.cachedExpressions());
    }

    @Test
    void theCacheKeepsOnlyTheMostRecentlyUsedExpressions() {
        Expressions expressions = new Expressions(2);
        for (String projection : new String[] {"a", "b", "c"}) {
            expressions.request(ExpressionInput.builder().projectionExpression(projection).build());
        }
        assertEquals(2, expressions.cachedExpressions());
    }
}
