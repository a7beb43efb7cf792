package dev.stratus.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.DynamoNumber;
import dev.stratus.spi.AwsServiceException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trees built node by node are the trees the equivalent expression text parses to, validated the same way. */
class ExpressionTreesTest {

    private static final Expressions EXPRESSIONS = new Expressions();
    private static final AttributeValue THREE = new AttributeValue.N(DynamoNumber.parse("3"));
    private static final AttributeValue ACME = new AttributeValue.S("Acme");

    @Test
    void aConditionOverNestedPathsWithNotAndOrIsTheParsedOne() {
        ExpressionTrees trees = ExpressionTrees.placeholders();
        Operand.DocumentPath price = trees.member(trees.path("Info"), "Price");
        Operand.DocumentPath firstTag = ExpressionTrees.element(trees.path("Tags"), 0);
        ConditionNode root = new ConditionNode.Or(
                new ConditionNode.Comparison(price, ConditionNode.Comparator.GT, trees.value(THREE)),
                new ConditionNode.Not(new ConditionNode.FunctionCondition(
                        new Operand.FunctionCall("begins_with", List.of(firstTag, trees.value(ACME))))));

        Condition built = trees.conditionOf(ExpressionKind.FILTER, root);

        assertEquals(parsed(ExpressionKind.FILTER, "#n0.#n1 > :v0 OR NOT begins_with(#n2[0], :v1)",
                Map.of("#n0", "Info", "#n1", "Price", "#n2", "Tags"), Map.of(":v0", THREE, ":v1", ACME))
                .filter().orElseThrow(), built);
    }

    @Test
    void anUpdateWithArithmeticAndFunctionsIsTheParsedOne() {
        ExpressionTrees trees = ExpressionTrees.placeholders();
        Operand.DocumentPath count = trees.path("Count");
        Operand.DocumentPath tags = trees.path("Tags");
        Update built = trees.updateOf(List.of(
                new UpdateAction.Set(count, new Operand.Arithmetic(count, true, trees.value(THREE))),
                new UpdateAction.Set(tags, new Operand.FunctionCall("if_not_exists",
                        List.of(tags, trees.value(ACME)))),
                new UpdateAction.Remove(trees.member(trees.path("Info"), "Price"))));

        assertEquals(parsed(ExpressionKind.UPDATE, "SET #n0 = #n0 + :v0, #n1 = if_not_exists(#n1, :v1) REMOVE #n2.#n3",
                Map.of("#n0", "Count", "#n1", "Tags", "#n2", "Info", "#n3", "Price"),
                Map.of(":v0", THREE, ":v1", ACME)).update().orElseThrow(), built);
    }

    @Test
    void aProjectionOfNestedPathsIsTheParsedOne() {
        ExpressionTrees trees = ExpressionTrees.placeholders();

        Projection built = trees.projectionOf(List.of(trees.path("Artist"),
                ExpressionTrees.element(trees.member(trees.path("Info"), "Tags"), 1)));

        assertEquals(parsed(ExpressionKind.PROJECTION, "Artist, Info.Tags[1]", null, null)
                .projection().orElseThrow(), built);
    }

    @Test
    void aKeyConditionIsCheckedAsTheParsedOneIs() {
        ExpressionTrees trees = ExpressionTrees.placeholders();
        ConditionNode root = new ConditionNode.Comparison(trees.path("Artist"), ConditionNode.Comparator.NE,
                trees.value(ACME));

        AwsServiceException error = assertThrows(AwsServiceException.class, () -> trees.keyConditionOf(root));
        AwsServiceException parsedError = assertThrows(AwsServiceException.class, () -> parsed(
                ExpressionKind.KEY_CONDITION, "#n0 <> :v0", Map.of("#n0", "Artist"), Map.of(":v0", ACME)));

        assertEquals(parsedError.getMessage(), error.getMessage());
    }

    @Test
    void anInvalidUpdateIsRefusedWithTheParsedOnesMessage() {
        ExpressionTrees trees = ExpressionTrees.placeholders();
        Operand.DocumentPath count = trees.path("Count");

        AwsServiceException error = assertThrows(AwsServiceException.class, () -> trees.updateOf(List.of(
                new UpdateAction.Set(count, trees.value(THREE)), new UpdateAction.Remove(count))));
        AwsServiceException parsedError = assertThrows(AwsServiceException.class, () -> parsed(
                ExpressionKind.UPDATE, "SET #n0 = :v0 REMOVE #n0", Map.of("#n0", "Count"), Map.of(":v0", THREE)));

        assertEquals(parsedError.getMessage(), error.getMessage());
    }

    private static ExpressionRequest parsed(ExpressionKind kind, String expression, Map<String, String> names,
                                            Map<String, AttributeValue> values) {
        return EXPRESSIONS.request(ExpressionInput.builder().names(names).values(values)
                .expression(kind, expression).build());
    }
}
