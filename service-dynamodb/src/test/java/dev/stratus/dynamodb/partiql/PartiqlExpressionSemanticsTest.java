package dev.stratus.dynamodb.partiql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.expression.Condition;
import dev.stratus.dynamodb.expression.KeyCondition;
import dev.stratus.dynamodb.item.UpdateItemRequest;
import dev.stratus.dynamodb.query.QueryRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The translated requests, run through the engine's expressions, behave as the PartiQL statements do. */
class PartiqlExpressionSemanticsTest {

    private static final TableKeys KEYS = TableKeys.of("pk", "sk");
    private static final String ITEM = "{'pk':{'S':'k'},'sk':{'N':'3'},'n':{'N':'5'},'s':{'S':'hello'},"
            + "'tags':{'SS':['a','b']},'m':{'M':{'l':{'L':[{'N':'1'},{'N':'2'}]}}}}";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "n = 5|true", "n <> 5|false", "n != 4|true", "5 >= n|true", "n BETWEEN 1 AND 4|false",
            "n IN [1, 5]|true", "n NOT IN (1, 5)|false", "begins_with(s, 'he')|true", "contains(tags, 'a')|true",
            "attribute_type(n, 'N')|true", "size(s) = 5|true", "m.l[1] = 2|true", "m.l[5] IS MISSING|true",
            "m IS NOT MISSING|true", "NOT (n = 5 OR s = 'x')|false", "n = 1 OR s = 'hello' AND n = 5|true",
            "(n = 1 OR s = 'hello') AND n = 6|false"})
    void scanFiltersMatchAsTheWhereClauseDoes(String where, boolean matches) {
        PartiqlRequest.Scan scan = (PartiqlRequest.Scan) translate("SELECT * FROM T WHERE " + where, null);

        Condition filter = scan.request().filter().orElseThrow();

        assertEquals(matches, filter.test(item(ITEM)));
    }

    @Test
    void queriesHaveAKeyConditionTheEngineAccepts() {
        QueryRequest query = ((PartiqlRequest.Query) translate(
                "SELECT s, m.l[0] FROM T WHERE pk = ? AND sk >= 2 AND n > 1", "[{'S':'k'}]")).request();

        KeyCondition key = query.keyCondition().orElseThrow().forSchema("pk", "sk");

        assertEquals(AttributeValue.s("k"), key.hashKeyValue());
        assertTrue(key.rangeCondition().orElseThrow().matches(AttributeValue.n("3")));
        assertTrue(query.filter().orElseThrow().test(item(ITEM)));
        assertEquals(item("{'s':{'S':'hello'},'m':{'M':{'l':{'L':[{'N':'1'}]}}}}"),
                query.target().projection().orElseThrow().apply(item(ITEM)));
    }

    @Test
    void updatesApplyAndRequireTheItem() {
        UpdateItemRequest update = ((PartiqlRequest.Update) translate("UPDATE T SET n = n + 1, s = ?, "
                + "tags = set_add(tags, <<'c'>>) REMOVE m WHERE pk = 'k' AND sk = 3 AND n < 10", "[{'S':'bye'}]"))
                .request();

        Map<String, AttributeValue> newItem = update.update().orElseThrow()
                .apply(item(ITEM), item("{'pk':{'S':'k'},'sk':{'N':'3'}}")).newItem();

        assertEquals(item("{'pk':{'S':'k'},'sk':{'N':'3'},'n':{'N':'6'},'s':{'S':'bye'},'tags':{'SS':['a','b','c']}}"),
                newItem);
        assertTrue(update.condition().orElseThrow().test(item(ITEM)));
        assertFalse(update.condition().orElseThrow().test(Map.of()));
    }

    @Test
    void insertsRequireTheKeyToBeNew() {
        PartiqlRequest.Put put = (PartiqlRequest.Put) translate("INSERT INTO T VALUE {'pk': 'k', 'sk': 3}", null);
        Condition condition = put.request().condition().orElseThrow();

        assertFalse(condition.test(item(ITEM)));
        assertTrue(condition.test(Map.of()));
    }

    @Test
    void deletesSucceedOnAMissingItemButCheckAnExistingOne() {
        PartiqlRequest.Delete delete = (PartiqlRequest.Delete) translate(
                "DELETE FROM T WHERE pk = 'k' AND sk = 3 AND n > 7", null);
        Condition condition = delete.request().condition().orElseThrow();

        assertTrue(condition.test(Map.of()));
        assertFalse(condition.test(item(ITEM)));
    }

    private static PartiqlRequest translate(String statement, String parameters) {
        return PartiqlTranslator.translate(PartiqlParser.parse(statement), PartiqlFixtures.parameters(parameters),
                KEYS, StatementOptions.NONE);
    }

    private static Map<String, AttributeValue> item(String text) {
        return PartiqlFixtures.item(text);
    }
}
