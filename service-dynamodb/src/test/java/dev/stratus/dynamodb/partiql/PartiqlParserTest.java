package dev.stratus.dynamodb.partiql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.partiql.PartiqlExpression.Path;
import dev.stratus.spi.AwsServiceException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartiqlParserTest {

    @Test
    void parsesSelectStarFromATable() {
        PartiqlStatement.Select select = (PartiqlStatement.Select) PartiqlParser.parse("SELECT * FROM \"Music\"");

        assertEquals("Music", select.tableName());
        assertEquals(Optional.empty(), select.indexName());
        assertTrue(select.projection().isEmpty());
        assertNull(select.where());
        assertTrue(select.isRead());
    }

    @Test
    void parsesProjectedPathsAndAnIndex() {
        PartiqlStatement.Select select = (PartiqlStatement.Select) PartiqlParser.parse(
                "select a, b.c, d[0], \"odd name\".e['f'] from Music.\"ByArtist\"");

        assertEquals(List.of(path(new Path.Name("a")), path(new Path.Name("b"), new Path.Name("c")),
                path(new Path.Name("d"), new Path.Index(0)),
                path(new Path.Name("odd name"), new Path.Name("e"), new Path.Name("f"))), select.projection());
        assertEquals("Music", select.tableName());
        assertEquals(Optional.of("ByArtist"), select.indexName());
    }

    @Test
    void andBindsTighterThanOrAndNotTighterThanAnd() {
        PartiqlStatement.Select select = (PartiqlStatement.Select) PartiqlParser.parse(
                "SELECT * FROM t WHERE a = 1 OR NOT b = 2 AND c = 3");

        PartiqlExpression.Or or = assertInstanceOf(PartiqlExpression.Or.class, select.where());
        PartiqlExpression.And and = assertInstanceOf(PartiqlExpression.And.class, or.right());
        assertInstanceOf(PartiqlExpression.Not.class, and.left());
    }

    @Test
    void parsesEveryKindOfPredicate() {
        PartiqlStatement.Select select = (PartiqlStatement.Select) PartiqlParser.parse("SELECT * FROM t WHERE "
                + "a BETWEEN 1 AND 5 AND b IN ['x', 'y'] AND c IN (1, 2) AND begins_with(d, 'p') "
                + "AND attribute_type(e, 'S') AND contains(f, 'z') AND size(g) > 3 AND h IS MISSING "
                + "AND i IS NOT MISSING AND (j <> 1 OR k <= 2) AND l NOT IN [1]");

        WhereClause where = new WhereClause(select.where());
        assertEquals(select.where(), where.rest());
    }

    @Test
    void parsesInsertWithEveryKindOfLiteral() {
        PartiqlStatement.Insert insert = (PartiqlStatement.Insert) PartiqlParser.parse("INSERT INTO \"T\" VALUE "
                + "{'k': ?, 'n': -1.5e2, 's': 'it''s', 't': TRUE, 'f': false, 'z': null, 'l': [1, 'a'], "
                + "'m': {'a': <<'set', 'of'>>}, 'ns': <<1, 2>>}");

        assertEquals("T", insert.tableName());
        assertEquals(1, insert.parameterCount());
        PartiqlExpression.MapOf item = assertInstanceOf(PartiqlExpression.MapOf.class, insert.item());
        assertEquals(List.of("k", "n", "s", "t", "f", "z", "l", "m", "ns"), List.copyOf(item.entries().keySet()));
        assertEquals(new PartiqlExpression.Parameter(0), item.entries().get("k"));
        assertEquals(new PartiqlExpression.Literal(AttributeValue.n("-150")), item.entries().get("n"));
        assertEquals(new PartiqlExpression.Literal(AttributeValue.s("it's")), item.entries().get("s"));
        assertEquals(new PartiqlExpression.Literal(AttributeValue.bool(true)), item.entries().get("t"));
        assertEquals(new PartiqlExpression.Literal(AttributeValue.nul()), item.entries().get("z"));
        assertFalse(insert.isRead());
    }

    @Test
    void parsesUpdateWithRepeatedClausesAndReturning() {
        PartiqlStatement.Update update = (PartiqlStatement.Update) PartiqlParser.parse("UPDATE \"T\" SET a = ?, "
                + "b = b + 1 REMOVE c SET d = list_append(d, [1]) WHERE k = ? AND r = ? RETURNING ALL NEW *");

        assertEquals(3, update.sets().size());
        assertEquals(List.of(path(new Path.Name("c"))), update.removes());
        assertInstanceOf(PartiqlExpression.Arithmetic.class, update.sets().get(1).value());
        assertEquals("ALL_NEW", update.returnValues());
        assertEquals(3, update.parameterCount());
    }

    @Test
    void parsesDeleteWithATrailingSemicolon() {
        PartiqlStatement.Delete delete = (PartiqlStatement.Delete) PartiqlParser.parse(
                "DELETE FROM \"T\" WHERE \"k\" = 'a' RETURNING ALL OLD *;");

        assertEquals("T", delete.tableName());
        assertEquals("ALL_OLD", delete.returnValues());
    }

    @Test
    void numbersParametersInTheOrderTheyAppear() {
        PartiqlStatement.Update update = (PartiqlStatement.Update) PartiqlParser.parse(
                "UPDATE t SET a = ? WHERE k = ?");

        assertEquals(new PartiqlExpression.Parameter(0), update.sets().get(0).value());
        PartiqlExpression.Comparison key = (PartiqlExpression.Comparison) update.where();
        assertEquals(new PartiqlExpression.Parameter(1), key.right());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SELECT * \"T\"|Expected FROM but found T at position 9",
            "SELEC * FROM T|Expected data manipulation",
            "CREATE TABLE T|Expected data manipulation",
            "EXISTS(SELECT * FROM T.I WHERE k = 1)|EXISTS needs a SELECT from a table at position 7",
            "SELECT * FROM T WHERE|Unexpected end of statement at position 21",
            "SELECT * FROM 'T'|Unexpected T at position 14",
            "SELECT * FROM T WHERE a = 'x|Unterminated string literal at position 26",
            "SELECT * FROM \"T|Unterminated quoted identifier at position 14",
            "SELECT * FROM T extra|Unexpected extra at position 16",
            "SELECT * FROM T WHERE a|Unexpected end of statement at position 23",
            "SELECT * FROM T WHERE a = #|Unexpected character: # at position 26",
            "UPDATE T WHERE k = 1|Unexpected WHERE at position 9",
            "UPDATE T.I SET a = 1 WHERE k = 1|An index cannot be the target of a write: T.I",
            "INSERT INTO T VALUES {'k': 1}|Expected VALUE but found VALUES at position 14",
            "SELECT * FROM T WHERE size(1) = 1|Invalid arguments for function size",
            "SELECT * FROM T WHERE select = 1|Unexpected select at position 22"})
    void refusesMalformedStatementsWithAwsWording(String statement, String detail) {
        AwsServiceException error = assertThrows(AwsServiceException.class, () -> PartiqlParser.parse(statement));

        assertEquals("ValidationException", error.errorCode());
        assertEquals("Statement wasn't well formed, can't be processed: " + detail, error.getMessage());
    }

    @Test
    void deleteMayOnlyReturnAllOld() {
        AwsServiceException error = assertThrows(AwsServiceException.class,
                () -> PartiqlParser.parse("DELETE FROM T WHERE k = 1 RETURNING MODIFIED NEW *"));

        assertEquals("Invalid returning clause: RETURNING MODIFIED NEW *. "
                + "Only RETURNING ALL OLD * is allowed in DELETE statements.", error.getMessage());
    }

    @Test
    void parsesExistsAroundASelect() {
        PartiqlStatement statement = PartiqlParser.parse("EXISTS(SELECT * FROM \"T\" WHERE k = ? AND n > 1)");

        PartiqlStatement.Exists exists = assertInstanceOf(PartiqlStatement.Exists.class, statement);
        assertEquals("T", exists.tableName());
        assertEquals(1, exists.parameterCount());
        assertFalse(exists.isRead());
    }

    private static Path path(Path.Element... elements) {
        return new Path(List.of(elements));
    }
}
