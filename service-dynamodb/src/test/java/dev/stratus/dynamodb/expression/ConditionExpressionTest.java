package dev.stratus.dynamodb.expression;

import static dev.stratus.dynamodb.expression.ExpressionFixtures.EXPRESSIONS;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.item;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.message;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.names;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.used;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionExpressionTest {

    private static final Map<String, AttributeValue> VALUES = item("{"
            + "':s': {'S': 'abc'}, ':t': {'S': 'b'}, ':n1': {'N': '1'}, ':n5': {'N': '5'}, ':n10': {'N': '10'},"
            + "':b': {'B': 'AQI='}, ':bool': {'BOOL': true}, ':null': {'NULL': true},"
            + "':ss': {'SS': ['x', 'y']}, ':l': {'L': [{'S': 'x'}]}, ':m': {'M': {'k': {'S': 'v'}}},"
            + "':typeS': {'S': 'S'}, ':typeN': {'S': 'N'}, ':x': {'S': 'x'}, ':pre': {'S': 'ab'}, ':ok': {'S': 'ok'}}");

    private static final Map<String, AttributeValue> ITEM = item("{"
            + "'s': {'S': 'abc'}, 'n': {'N': '5'}, 'b': {'B': 'AQIDBA=='}, 'flag': {'BOOL': true},"
            + "'nothing': {'NULL': true}, 'tags': {'SS': ['x', 'y']}, 'nums': {'NS': ['1', '2']},"
            + "'things': {'L': [{'S': 'x'}, {'N': '1'}, {'M': {'deep': {'S': 'abc'}}}]},"
            + "'doc': {'M': {'part': {'M': {'n': {'N': '10'}}}, 'status': {'S': 'ok'}}}}");

    private static boolean holds(String expression) {
        return holds(expression, ITEM);
    }

    private static boolean holds(String expression, Map<String, AttributeValue> item) {
        return condition(expression).test(item);
    }

    private static Condition condition(String expression) {
        return EXPRESSIONS.request(ExpressionInput.builder()
                        .names(used(names("#doc", "doc", "#status", "status", "#s", "s"), expression))
                        .values(used(VALUES, expression))
                        .conditionExpression(expression)
                        .build())
                .condition().orElseThrow();
    }

    private static String refusal(String expression, Map<String, AttributeValue> values) {
        return message(() -> EXPRESSIONS.request(ExpressionInput.builder()
                .values(values.isEmpty() ? null : values)
                .conditionExpression(expression).build()));
    }

    private static String refusal(String expression) {
        return refusal(expression, Map.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "s = :s|true", "s = :t|false", "s <> :t|true", "s <> :s|false",
            "n = :n5|true", "n < :n10|true", "n <= :n5|true", "n > :n1|true", "n >= :n10|false",
            "s > :pre|true", "s < :t|true", "b > :b|true",
            "tags = :ss|true", "things[0] = :x|true", "doc.part.n = :n10|true", "things[2].deep = :s|true"})
    void comparesValuesOfTheSameType(String expression, boolean expected) {
        assertEquals(expected, holds(expression));
    }

    @Test
    void comparesNumbersNumericallyNotAsText() {
        assertTrue(holds("n < :n10"));
        assertTrue(holds("n = :n", item("{'n': {'N': '1.0'}}"), item("{':n': {'N': '1'}}")));
    }

    @Test
    void comparesStringsByUtf8BytesNotUtf16() {
        Map<String, AttributeValue> item = item("{'s': {'S': '\uD83D\uDE00'}}");
        assertTrue(holds("s > :v", item, Map.of(":v", AttributeValue.s("\uFFFF"))));
    }

    @Test
    void comparisonsOfDifferentTypesAreFalse() {
        assertFalse(holds("n = :s"));
        assertFalse(holds("n < :s"));
        assertFalse(holds("flag < :n1"));
        assertTrue(holds("n <> :s"));
    }

    @Test
    void comparisonsWithAMissingAttributeAreFalseExceptNotEqual() {
        assertFalse(holds("nope = :s"));
        assertFalse(holds("nope < :s"));
        assertFalse(holds("nope BETWEEN :n1 AND :n5"));
        assertFalse(holds("nope IN (:s, :t)"));
        assertTrue(holds("nope <> :s"));
        assertFalse(holds("things[9] = :x"));
        assertFalse(holds("s.part = :x"));
    }

    @Test
    void noItemMeansEveryAttributeIsMissing() {
        assertTrue(holds("attribute_not_exists(s)", null));
        assertFalse(holds("s = :s", null));
    }

    @Test
    void betweenIsInclusive() {
        assertTrue(holds("n BETWEEN :n1 AND :n5"));
        assertTrue(holds("n BETWEEN :n5 AND :n10"));
        assertFalse(holds("n BETWEEN :n1 AND :n1"));
        assertFalse(holds("s BETWEEN :n1 AND :n5"));
    }

    @Test
    void inMatchesAnyCandidate() {
        assertTrue(holds("n IN (:n1, :n5)"));
        assertFalse(holds("n IN (:n1, :n10)"));
        assertTrue(holds("s IN (:s)"));
    }

    @Test
    void attributeExistsAndNotExistsFollowDocumentPaths() {
        assertTrue(holds("attribute_exists(doc.part.n)"));
        assertTrue(holds("attribute_exists(things[1])"));
        assertFalse(holds("attribute_exists(things[3])"));
        assertTrue(holds("attribute_not_exists(doc.elsewhere)"));
        assertTrue(holds("attribute_exists(nothing)"));
    }

    @Test
    void attributeTypeComparesTheTypeName() {
        assertTrue(holds("attribute_type(s, :typeS)"));
        assertFalse(holds("attribute_type(n, :typeS)"));
        assertTrue(holds("attribute_type(n, :typeN)"));
        assertFalse(holds("attribute_type(nope, :typeS)"));
    }

    @Test
    void beginsWithWorksOnStringsAndBinaries() {
        assertTrue(holds("begins_with(s, :pre)"));
        assertFalse(holds("begins_with(s, :t)"));
        assertTrue(holds("begins_with(b, :b)"));
        assertFalse(holds("begins_with(n, :pre)"));
    }

    @Test
    void containsLooksIntoStringsSetsAndLists() {
        assertTrue(holds("contains(s, :t)"));
        assertTrue(holds("contains(tags, :x)"));
        assertFalse(holds("contains(tags, :t)"));
        assertTrue(holds("contains(nums, :n1)"));
        assertTrue(holds("contains(things, :n1)"));
        assertFalse(holds("contains(n, :n5)"));
        assertFalse(holds("contains(nope, :x)"));
    }

    @Test
    void sizeMeasuresStringsBinariesSetsListsAndMaps() {
        assertTrue(holds("size(s) = :three", ITEM, item("{':three': {'N': '3'}}")));
        assertTrue(holds("size(b) = :four", ITEM, item("{':four': {'N': '4'}}")));
        assertTrue(holds("size(tags) = :two", ITEM, item("{':two': {'N': '2'}}")));
        assertTrue(holds("size(things) = :three", ITEM, item("{':three': {'N': '3'}}")));
        assertTrue(holds("size(doc) = :two", ITEM, item("{':two': {'N': '2'}}")));
        assertFalse(holds("size(n) > :zero", ITEM, item("{':zero': {'N': '0'}}")));
        assertFalse(holds("size(nope) >= :zero", ITEM, item("{':zero': {'N': '0'}}")));
    }

    @Test
    void sizeOfAStringCountsItsUtf8Bytes() {
        assertTrue(holds("size(s) = :three", item("{'s': {'S': '\u00e9a'}}"), item("{':three': {'N': '3'}}")));
    }

    @Test
    void placeholdersStandForNamesAtAnyDepth() {
        assertTrue(holds("#doc.#status = :ok"));
        assertTrue(holds("#s = :s"));
    }

    @Test
    void notBindsTighterThanAndWhichBindsTighterThanOr() {
        assertTrue(holds("s = :s OR n = :n1 AND n = :n10"));
        assertFalse(holds("(s = :s OR n = :n1) AND n = :n10"));
        assertFalse(holds("NOT s = :s AND n = :n5"));
        assertTrue(holds("NOT (s = :s AND n = :n1)"));
        assertTrue(holds("n = :n1 OR NOT n = :n1"));
    }

    @Test
    void keywordsIgnoreLetterCase() {
        assertTrue(holds("s = :s and n between :n1 And :n5 or not n in (:n1)"));
    }

    @Test
    void betweenTakesItsOwnAnd() {
        assertTrue(holds("n BETWEEN :n1 AND :n10 AND s = :s"));
    }

    @Test
    void parenthesesAroundOperandsAreAllowed() {
        assertTrue(holds("(n) = :n5"));
        assertTrue(holds("size((s)) = :three", ITEM, item("{':three': {'N': '3'}}")));
    }

    @Test
    void namesTheAttributesItReads() {
        assertEquals(Set.of("doc", "n", "s"), condition("#doc.part.n = :n10 AND size(n) > :n1 OR #s = :s")
                .attributeNames());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "foo|Syntax error; token: \"<EOF>\", near: \"foo\"",
            "a = |Syntax error; token: \"<EOF>\", near: \"=\"",
            "a+:delta<b|Syntax error; token: \"+\", near: \"a+:delta\"",
            "a x b|Syntax error; token: \"x\", near: \"a x b\"",
            "a = :v AND|Syntax error; token: \"<EOF>\", near: \"AND\"",
            "a AND b = :v|Syntax error; token: \"AND\", near: \"a AND b\"",
            "a = :v b = :v|Syntax error; token: \"b\", near: \":v b =\"",
            "_a = :v|Syntax error; token: \"_\", near: \"_a\"",
            "a BETWEEN :a OR :b|Syntax error; token: \"OR\", near: \":a OR :b\"",
            "a IN :a|Syntax error; token: \":a\", near: \"IN :a\"",
            "a IN ()|Syntax error; token: \")\", near: \"()\"",
            "a[x] = :v|Syntax error; token: \"x\", near: \"[x]\"",
            "(a = :v|Syntax error; token: \"<EOF>\", near: \":v\"",
            "a = :v)|Syntax error; token: \")\", near: \":v)\"",
            "a.AND = :v|Syntax error; token: \"AND\", near: \".AND =\"",
            "a = # AND b|Syntax error; token: \"#\", near: \"= # AND\"",
            "a == :v|Syntax error; token: \"=\", near: \"== :v\""})
    void reportsSyntaxErrorsWithTheTokenAndItsNeighbours(String expression, String detail) {
        assertEquals("Invalid ConditionExpression: " + detail,
                refusal(expression, item("{':v': {'S': 'x'}, ':a': {'S': 'x'}, ':b': {'S': 'y'}}")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "status = :s|Attribute name is a reserved keyword; reserved keyword: status",
            "a.Name = :s|Attribute name is a reserved keyword; reserved keyword: Name",
            "#x = :s|An expression attribute name used in the document path is not defined; attribute name: #x",
            "a = :nope|An expression attribute value used in expression is not defined; attribute value: :nope",
            "foo(a)|Invalid function name; function: foo",
            "if_not_exists(a, :s) = :s|The function is not allowed to be used this way in an expression; function: if_not_exists",
            "list_append(a, :s) = :s|The function is not allowed to be used this way in an expression; function: list_append",
            "a < :l|Incorrect operand type for operator or function; operator or function: <, operand type: L",
            ":m >= a|Incorrect operand type for operator or function; operator or function: >=, operand type: M",
            "a BETWEEN :s AND :l|Incorrect operand type for operator or function; operator or function: BETWEEN, operand type: L",
            "size(a)|The function is not allowed to be used this way in an expression; function: size",
            "begins_with(a, :s) = :s|The function is not allowed to be used this way in an expression; function: begins_with",
            "((a = :s))|The expression has redundant parentheses;",
            "size(a, b) = :n|Incorrect number of operands for operator or function; operator or function: size, number of operands: 2",
            "attribute_exists(a, b)|Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2",
            "a = a|The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a]",
            "begins_with(a.b[1], a.b[1])|The first operand must be distinct from the remaining operands for this operator or function; operator: begins_with, first operand: [a, b, [1]]",
            "attribute_exists(:s)|Operator or function requires a document path; operator or function: attribute_exists",
            "begins_with(a, :n)|Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
            "size(:n) = :n|Incorrect operand type for operator or function; operator or function: size, operand type: N",
            "attribute_type(a, :n)|Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N",
            "attribute_type(a, :s)|Invalid attribute type name found; type: abc, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}",
            "a BETWEEN :n AND :s|The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:5}, upper bound operand: AttributeValue: {S:abc}",
            "a BETWEEN :n AND :one|The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:5}, upper bound operand: AttributeValue: {N:1}"})
    void reportsWhatIsWrongWithAWellFormedExpression(String expression, String detail) {
        assertEquals("Invalid ConditionExpression: " + detail, refusal(expression,
                item("{':s': {'S': 'abc'}, ':n': {'N': '5'}, ':one': {'N': '1'}, ':l': {'L': []}, ':m': {'M': {}}}")));
    }

    @Test
    void reportsMistakesInDynamoDbsOrderOfImportance() {
        assertEquals("Invalid ConditionExpression: The expression has redundant parentheses;",
                refusal("((status = :undefined))"));
        assertEquals("Invalid ConditionExpression: Invalid function name; function: foo",
                refusal("status = :undefined AND foo(a)"));
        assertEquals("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status",
                refusal("a = :undefined AND status = b"));
    }

    @Test
    void comparisonsOfAttributesOfUnorderedTypesAreFalseNotErrors() {
        assertFalse(holds("tags < :s"));
        assertFalse(holds("doc > :n1"));
    }

    @Test
    void containsFindsPartsOfBinaries() {
        assertTrue(holds("contains(b, :part)", ITEM, item("{':part': {'B': 'AgM='}}")));
        assertFalse(holds("contains(b, :part)", ITEM, item("{':part': {'B': 'AwI='}}")));
    }

    @Test
    void containsFindsAnyValueInAList() {
        assertTrue(holds("contains(things, :doc)", ITEM, item("{':doc': {'M': {'deep': {'S': 'abc'}}}}")));
    }

    private static boolean holds(String expression, Map<String, AttributeValue> item, Map<String, AttributeValue> values) {
        return EXPRESSIONS.request(ExpressionInput.builder().values(values).conditionExpression(expression).build())
                .condition().orElseThrow().test(item);
    }
}
