package dev.stratus.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionParserTest {

    private static final Operand.DocumentPath A = path("a");
    private static final Operand.ValueReference V = new Operand.ValueReference(":v");

    private static Operand.DocumentPath path(String name) {
        return new Operand.DocumentPath(List.of(new PathElement.AttributeName(name)));
    }

    private static ConditionNode comparison(String name) {
        return new ConditionNode.Comparison(path(name), ConditionNode.Comparator.EQ, V);
    }

    @Test
    void orBindsLooserThanAnd() {
        assertEquals(new ConditionNode.Or(comparison("a"), new ConditionNode.And(comparison("b"), comparison("c"))),
                ConditionParser.parse("a = :v OR b = :v AND c = :v").root());
    }

    @Test
    void notBindsTighterThanAnd() {
        assertEquals(new ConditionNode.And(new ConditionNode.Not(comparison("a")), comparison("b")),
                ConditionParser.parse("NOT a = :v AND b = :v").root());
    }

    @Test
    void andAndOrGroupFromTheLeft() {
        assertEquals(new ConditionNode.And(new ConditionNode.And(comparison("a"), comparison("b")), comparison("c")),
                ConditionParser.parse("a = :v AND b = :v AND c = :v").root());
    }

    @Test
    void parenthesesOverridePrecedence() {
        assertEquals(new ConditionNode.And(new ConditionNode.Or(comparison("a"), comparison("b")), comparison("c")),
                ConditionParser.parse("(a = :v OR b = :v) AND c = :v").root());
    }

    @Test
    void readsDocumentPathsWithPlaceholdersAndIndexes() {
        ConditionNode.Comparison comparison =
                (ConditionNode.Comparison) ConditionParser.parse("a.#b[12].c = :v").root();
        assertEquals(new Operand.DocumentPath(List.of(new PathElement.AttributeName("a"),
                new PathElement.NamePlaceholder("#b"), new PathElement.ListIndex(12),
                new PathElement.AttributeName("c"))), comparison.left());
    }

    @Test
    void readsEveryComparator() {
        for (ConditionNode.Comparator comparator : ConditionNode.Comparator.values()) {
            ConditionNode.Comparison comparison = (ConditionNode.Comparison)
                    ConditionParser.parse("a " + comparator.symbol() + " :v").root();
            assertEquals(comparator, comparison.comparator());
        }
    }

    @Test
    void aFunctionStandsAsACondition() {
        ConditionNode root = ConditionParser.parse("attribute_exists(a)").root();
        assertEquals(new ConditionNode.FunctionCondition(new Operand.FunctionCall("attribute_exists", List.of(A))),
                root);
    }

    @Test
    void inAndBetweenTakeTheirOperands() {
        assertEquals(new ConditionNode.In(A, List.of(V, V)), ConditionParser.parse("a IN (:v, :v)").root());
        assertEquals(new ConditionNode.Between(A, V, V), ConditionParser.parse("a BETWEEN :v AND :v").root());
    }

    @Test
    void noticesRedundantParentheses() {
        assertTrue(ConditionParser.parse("((a = :v))").redundantParentheses());
        assertTrue(ConditionParser.parse("((a)) = :v").redundantParentheses());
        assertFalse(ConditionParser.parse("(a = :v) AND (b = :v)").redundantParentheses());
        assertFalse(ConditionParser.parse("size((a)) = :v").redundantParentheses());
    }

    @Test
    void aComparisonCannotBeAnOperand() {
        assertThrows(InvalidExpressionException.class, () -> ConditionParser.parse("(a = :v) = :v"));
    }
}
