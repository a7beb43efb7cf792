package dev.stratus.dynamodb.expression;

import static dev.stratus.dynamodb.expression.ExpressionFixtures.EXPRESSIONS;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.item;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.message;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectionExpressionTest {

    private static final Map<String, AttributeValue> ITEM = item("{'a': {'S': 'x'}, 'n': {'N': '1'},"
            + "'things': {'L': [{'S': 'zero'}, {'M': {'c': {'S': 'one-c'}, 'd': {'S': 'one-d'}}}, {'S': 'two'}]},"
            + "'doc': {'M': {'b': {'M': {'c': {'N': '3'}, 'e': {'N': '4'}}}, 'f': {'S': 'g'}}}}");

    private static Map<String, AttributeValue> project(String expression) {
        return EXPRESSIONS.request(ExpressionInput.builder().projectionExpression(expression).build())
                .projection().orElseThrow().apply(ITEM);
    }

    @Test
    void selectsTopLevelAttributes() {
        assertEquals(item("{'a': {'S': 'x'}, 'n': {'N': '1'}}"), project("a, n, absent"));
    }

    @Test
    void selectsNestedMapMembersKeepingTheirParents() {
        assertEquals(item("{'doc': {'M': {'b': {'M': {'c': {'N': '3'}}}}}}"), project("doc.b.c"));
    }

    @Test
    void mergesPathsThatShareAParent() {
        assertEquals(item("{'doc': {'M': {'b': {'M': {'c': {'N': '3'}}}, 'f': {'S': 'g'}}}}"), project("doc.b.c, doc.f"));
    }

    @Test
    void selectsListElementsAsAShorterListInIndexOrder() {
        assertEquals(item("{'things': {'L': [{'S': 'zero'}, {'S': 'two'}]}}"), project("things[2], things[0]"));
        assertEquals(item("{'things': {'L': [{'M': {'d': {'S': 'one-d'}}}]}}"), project("things[1].d"));
    }

    @Test
    void pathsLeadingNowhereSelectNothing() {
        assertEquals(Map.of(), project("things[7], doc.zzz, a.b, n[0]"));
    }

    @Test
    void projectsNoItemToNothing() {
        assertEquals(Map.of(), EXPRESSIONS.request(ExpressionInput.builder().projectionExpression("a").build())
                .projection().orElseThrow().apply(null));
    }

    @Test
    void resolvesNamePlaceholders() {
        Projection projection = EXPRESSIONS.request(ExpressionInput.builder()
                        .names(names("#d", "doc", "#f", "f")).projectionExpression("#d.#f").build())
                .projection().orElseThrow();
        assertEquals(item("{'doc': {'M': {'f': {'S': 'g'}}}}"), projection.apply(ITEM));
        assertEquals(List.of("doc"), List.copyOf(projection.attributeNames()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a, a|Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
            "doc, doc.b|Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [doc], path two: [doc, b]",
            "doc.b, doc[0]|Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [doc, b], path two: [doc, [0]]",
            "a, name|Attribute name is a reserved keyword; reserved keyword: name",
            "#x|An expression attribute name used in the document path is not defined; attribute name: #x",
            "a,|Syntax error; token: \"<EOF>\", near: \",\"",
            "a b|Syntax error; token: \"b\", near: \"a b\"",
            "a.[1]|Syntax error; token: \"[\", near: \".[1\"",
            ":v|Syntax error; token: \":v\", near: \":v\"",
            "[1]|Syntax error; token: \"[\", near: \"[1\""})
    void refusesInvalidProjections(String expression, String detail) {
        assertEquals("Invalid ProjectionExpression: " + detail, message(() -> EXPRESSIONS.request(
                ExpressionInput.builder().projectionExpression(expression).build())));
    }
}
