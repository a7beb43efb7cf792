package dev.stratus.dynamodb.expression;

import static dev.stratus.dynamodb.expression.ExpressionFixtures.EXPRESSIONS;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.item;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.message;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.names;
import static dev.stratus.dynamodb.expression.ExpressionFixtures.used;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpdateExpressionTest {

    private static final Map<String, AttributeValue> KEY = item("{'pk': {'S': 'k'}}");
    private static final Map<String, AttributeValue> ITEM = item("{'pk': {'S': 'k'}, 'n': {'N': '5'},"
            + "'s': {'S': 'text'}, 'tags': {'SS': ['a', 'b']}, 'nums': {'NS': ['1', '2']},"
            + "'things': {'L': [{'S': 'x'}, {'S': 'y'}, {'S': 'z'}]},"
            + "'doc': {'M': {'part': {'M': {'n': {'N': '1'}}}, 'things': {'L': [{'N': '0'}]}}}}");

    private static UpdateResult update(String expression, String valuesJson, Map<String, AttributeValue> item) {
        return request(expression, valuesJson).update(Set.of("pk")).orElseThrow().apply(item, KEY);
    }

    private static ExpressionRequest request(String expression, String valuesJson) {
        return EXPRESSIONS.request(ExpressionInput.builder()
                .values(valuesJson == null ? null : item(valuesJson))
                .updateExpression(expression).build());
    }

    private static Map<String, AttributeValue> updated(String expression, String valuesJson) {
        return update(expression, valuesJson, ITEM).newItem();
    }

    private static AttributeValue attribute(Map<String, AttributeValue> item, String name) {
        return item.get(name);
    }

    @Test
    void setsTopLevelAndNestedAttributes() {
        Map<String, AttributeValue> item = updated("SET a = :v, doc.part.n = :one, doc.fresh = :v",
                "{':v': {'S': 'new'}, ':one': {'N': '2'}}");
        assertEquals(AttributeValue.s("new"), attribute(item, "a"));
        assertEquals(item("{'part': {'M': {'n': {'N': '2'}}}, 'things': {'L': [{'N': '0'}]}, 'fresh': {'S': 'new'}}"),
                ((AttributeValue.M) attribute(item, "doc")).values());
    }

    @Test
    void setReplacesAListElementOrAppendsPastTheEnd() {
        Map<String, AttributeValue> item = updated("SET things[1] = :v, things[10] = :w",
                "{':v': {'S': 'Y'}, ':w': {'S': 'end'}}");
        assertEquals(item("{'l': {'L': [{'S': 'x'}, {'S': 'Y'}, {'S': 'z'}, {'S': 'end'}]}}").get("l"),
                attribute(item, "things"));
    }

    @Test
    void setComputesSumsAndDifferences() {
        assertEquals(AttributeValue.n("6"), attribute(updated("SET n = n + :one", "{':one': {'N': '1'}}"), "n"));
        assertEquals(AttributeValue.n("-5"), attribute(updated("SET m = :zero - n", "{':zero': {'N': '0'}}"), "m"));
        assertEquals(AttributeValue.n("10"), attribute(updated("SET m = n + n", null), "m"));
    }

    @Test
    void setCopiesAnotherAttributesValue() {
        assertEquals(AttributeValue.s("text"), attribute(updated("SET duplicate = s", null), "duplicate"));
    }

    @Test
    void everySetValueIsComputedFromTheItemBeforeTheUpdate() {
        Map<String, AttributeValue> item = updated("SET n = :ten, m = n", "{':ten': {'N': '10'}}");
        assertEquals(AttributeValue.n("5"), attribute(item, "m"));
    }

    @Test
    void ifNotExistsKeepsAnExistingValue() {
        assertEquals(AttributeValue.n("5"),
                attribute(updated("SET n = if_not_exists(n, :zero)", "{':zero': {'N': '0'}}"), "n"));
        assertEquals(AttributeValue.n("1"),
                attribute(updated("SET c = if_not_exists(c, :zero) + :one", "{':zero': {'N': '0'}, ':one': {'N': '1'}}"),
                        "c"));
    }

    @Test
    void listAppendJoinsListsInOrder() {
        Map<String, AttributeValue> item = updated("SET things = list_append(:front, things)",
                "{':front': {'L': [{'S': 'w'}]}}");
        assertEquals(4, ((AttributeValue.L) attribute(item, "things")).values().size());
        assertEquals(AttributeValue.s("w"), ((AttributeValue.L) attribute(item, "things")).values().get(0));
    }

    @Test
    void removeDeletesAttributesAndListElementsByTheirOriginalIndexes() {
        Map<String, AttributeValue> item = updated("REMOVE s, things[0], things[2], doc.part, absent", null);
        assertNull(attribute(item, "s"));
        assertEquals(AttributeValue.l(AttributeValue.s("y")), attribute(item, "things"));
        assertEquals(item("{'things': {'L': [{'N': '0'}]}}"), ((AttributeValue.M) attribute(item, "doc")).values());
    }

    @Test
    void listIndexesReferToTheListBeforeTheUpdate() {
        Map<String, AttributeValue> item = item("{'l': {'L': [{'N': '2'}, {'N': '3'}, {'N': '4'}, {'N': '5'}, {'N': '6'}]}}");
        UpdateResult result = update("REMOVE l[1] SET l[3] = :v", "{':v': {'N': '17'}}", item);
        assertEquals(item("{'l': {'L': [{'N': '2'}, {'N': '4'}, {'N': '17'}, {'N': '6'}]}}").get("l"),
                result.newItem().get("l"));
    }

    @Test
    void elementsAppendedPastTheEndGoInIndexOrder() {
        Map<String, AttributeValue> item = updated("SET things[84] = :a, things[37] = :b, things[50] = :c",
                "{':a': {'S': 'a'}, ':b': {'S': 'b'}, ':c': {'S': 'c'}}");
        assertEquals(List.of("x", "y", "z", "b", "c", "a"), ((AttributeValue.L) attribute(item, "things")).values()
                .stream().map(value -> ((AttributeValue.S) value).value()).toList());
    }

    @Test
    void removingFromAPathThatLeadsNowhereIsIgnoredWhenThereIsNoItem() {
        assertEquals(KEY, update("REMOVE absent.part, gone[0]", null, null).newItem());
    }

    @Test
    void removePastTheEndOfAListChangesNothing() {
        assertEquals(attribute(ITEM, "things"), attribute(updated("REMOVE things[7]", null), "things"));
    }

    @Test
    void addSumsNumbersAndStartsMissingOnes() {
        Map<String, AttributeValue> item = updated("ADD n :two, fresh :two", "{':two': {'N': '2'}}");
        assertEquals(AttributeValue.n("7"), attribute(item, "n"));
        assertEquals(AttributeValue.n("2"), attribute(item, "fresh"));
    }

    @Test
    void addUnitesSets() {
        Map<String, AttributeValue> item = updated("ADD tags :more, newTags :more", "{':more': {'SS': ['b', 'c']}}");
        assertEquals(List.of("a", "b", "c"), ((AttributeValue.SS) attribute(item, "tags")).values());
        assertEquals(AttributeValue.ss("b", "c"), attribute(item, "newTags"));
    }

    @Test
    void deleteRemovesSetMembersAndTheSetWhenEmpty() {
        Map<String, AttributeValue> item = updated("DELETE tags :a, nums :both, absent :a",
                "{':a': {'SS': ['a', 'q']}, ':both': {'NS': ['2', '1.0']}}");
        assertEquals(AttributeValue.ss("b"), attribute(item, "tags"));
        assertNull(attribute(item, "nums"));
        assertNull(attribute(item, "absent"));
    }

    @Test
    void clausesMayComeInAnyOrderAndAnyCase() {
        Map<String, AttributeValue> item = updated("remove s add n :one Set a = :one",
                "{':one': {'N': '1'}}");
        assertNull(attribute(item, "s"));
        assertEquals(AttributeValue.n("6"), attribute(item, "n"));
        assertEquals(AttributeValue.n("1"), attribute(item, "a"));
    }

    @Test
    void namePlaceholdersResolveInPaths() {
        UpdateResult result = EXPRESSIONS.request(ExpressionInput.builder()
                        .names(names("#d", "doc", "#n", "n"))
                        .values(item("{':v': {'N': '9'}}"))
                        .updateExpression("SET #d.part.#n = :v").build())
                .update(Set.of("pk")).orElseThrow().apply(ITEM, KEY);
        assertEquals(item("{'doc': {'M': {'part': {'M': {'n': {'N': '9'}}}}}}"), result.updatedNew());
    }

    @Test
    void reportsUpdatedAttributesForReturnValues() {
        UpdateResult result = update("SET n = :v, doc.part.n = :v REMOVE s", "{':v': {'N': '8'}}", ITEM);
        assertEquals(Set.of("n", "doc", "s"), result.updatedAttributeNames());
        assertEquals(item("{'n': {'N': '5'}, 'doc': {'M': {'part': {'M': {'n': {'N': '1'}}}}}, 's': {'S': 'text'}}"),
                result.updatedOld());
        assertEquals(item("{'n': {'N': '8'}, 'doc': {'M': {'part': {'M': {'n': {'N': '8'}}}}}}"), result.updatedNew());
        assertEquals(ITEM, result.oldItem());
    }

    @Test
    void anUpdateOfAMissingItemStartsFromTheKey() {
        UpdateResult result = update("SET a = :v", "{':v': {'S': 'x'}}", null);
        assertEquals(item("{'pk': {'S': 'k'}, 'a': {'S': 'x'}}"), result.newItem());
        assertNull(result.oldItem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SET a = b|The provided expression refers to an attribute that does not exist in the item",
            "SET a = s + :one|An operand in the update expression has an incorrect data type",
            "SET a = list_append(things, s)|An operand in the update expression has an incorrect data type",
            "ADD s :one|An operand in the update expression has an incorrect data type",
            "ADD tags :numbers|An operand in the update expression has an incorrect data type",
            "DELETE s :strings|An operand in the update expression has an incorrect data type",
            "DELETE tags :numbers|An operand in the update expression has an incorrect data type",
            "SET absent.part = :one|The document path provided in the update expression is invalid for update",
            "SET s.part = :one|The document path provided in the update expression is invalid for update",
            "SET s[0] = :one|The document path provided in the update expression is invalid for update",
            "SET things[9].part = :one|The document path provided in the update expression is invalid for update",
            "REMOVE absent.part|The document path provided in the update expression is invalid for update"})
    void refusesUpdatesTheItemsDataDoesNotFit(String expression, String message) {
        Map<String, AttributeValue> values = item("{':one': {'N': '1'}, ':numbers': {'NS': ['1']}, ':strings': {'SS': ['a']}}");
        Update update = EXPRESSIONS.request(ExpressionInput.builder().values(used(values, expression))
                .updateExpression(expression).build()).update(Set.of("pk")).orElseThrow();
        assertEquals(message, message(() -> update.apply(ITEM, KEY)));
    }

    @Test
    void refusesArithmeticBeyondDynamoDbsRange() {
        Map<String, AttributeValue> item = item("{'big': {'N': '9.9999999999999999999999999999999999999E+125'}}");
        assertEquals("Number overflow. Attempting to store a number with magnitude larger than supported range",
                message(() -> update("SET big = big + big", null, item)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SET a = :v, a = :w|Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
            "SET a = :v REMOVE a.b|Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]",
            "SET a[1] = :v REMOVE a.b|Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, [1]], path two: [a, b]",
            "SET a = :v SET b = :w|The \"SET\" section can only be used once in an update expression;",
            "REMOVE a REMOVE b|The \"REMOVE\" section can only be used once in an update expression;",
            "SET #x = :v|An expression attribute name used in the document path is not defined; attribute name: #x",
            "SET a = :nope|An expression attribute value used in expression is not defined; attribute value: :nope",
            "SET year = :v|Attribute name is a reserved keyword; reserved keyword: year",
            "SET a = size(b)|The function is not allowed to be used this way in an expression; function: size",
            "SET a = foo(b)|Invalid function name; function: foo",
            "SET a = list_append(list_append(:list, :list), :list)|The function is not allowed to be used this way in an expression; function: list_append",
            "SET a = if_not_exists(:v, :w)|Operator or function requires a document path; operator or function: if_not_exists",
            "SET a = if_not_exists(a)|Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1",
            "SET a = list_append(a, :v)|Incorrect operand type for operator or function; operator or function: list_append, operand type: S",
            "SET a = a + :v|Incorrect operand type for operator or function; operator or function: +, operand type: S",
            "ADD a :v|Incorrect operand type for operator or function; operator: ADD, operand type: STRING",
            "ADD a :list|Incorrect operand type for operator or function; operator: ADD, operand type: LIST",
            "DELETE a :one|Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER",
            "SET a = :v ADD a :one|Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
            "SET|Syntax error; token: \"<EOF>\", near: \"SET\"",
            "SET a :v|Syntax error; token: \":v\", near: \"a :v\"",
            "SET a = :v + :w + :v|Syntax error; token: \"+\", near: \":w + :v\"",
            "UPDATE a = :v|Syntax error; token: \"UPDATE\", near: \"UPDATE a\"",
            "ADD a b|Syntax error; token: \"b\", near: \"a b\"",
            "SET a = :v,|Syntax error; token: \"<EOF>\", near: \",\"",
            "REMOVE a = :v|Syntax error; token: \"=\", near: \"a = :v\""})
    void refusesInvalidUpdateExpressions(String expression, String detail) {
        Map<String, AttributeValue> values = item("{':v': {'S': 'x'}, ':w': {'S': 'y'}, ':one': {'N': '1'},"
                + "':list': {'L': []}}");
        assertEquals("Invalid UpdateExpression: " + detail, message(() -> EXPRESSIONS.request(ExpressionInput.builder()
                .values(used(values, expression)).updateExpression(expression).build())));
    }
}
