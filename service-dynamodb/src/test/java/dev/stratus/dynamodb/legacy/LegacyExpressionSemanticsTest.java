package dev.stratus.dynamodb.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.expression.Condition;
import dev.stratus.dynamodb.expression.KeyCondition;
import dev.stratus.dynamodb.expression.RangeCondition;
import dev.stratus.dynamodb.protocol.LegacyJson;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The compiled legacy parameters, run as the engine's expression trees, behave as the legacy parameters do on AWS. */
class LegacyExpressionSemanticsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);
    private static final String ITEM = "{'pk':{'S':'k'},'n':{'N':'5'},'s':{'S':'hello'},'ss':{'SS':['a','b']},"
            + "'l':{'L':[{'S':'x'}]},'flag':{'BOOL':true}}";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "n|EQ|[{'N':'5'}]|true", "n|EQ|[{'S':'5'}]|false", "missing|NE|[{'N':'5'}]|true",
            "n|NE|[{'N':'5'}]|false", "n|LE|[{'N':'5'}]|true", "n|LT|[{'N':'5'}]|false",
            "n|GE|[{'N':'6'}]|false", "n|GT|[{'N':'4'}]|true", "n|NOT_NULL|[]|true", "missing|NOT_NULL|[]|false",
            "missing|NULL|[]|true", "n|NULL|[]|false", "s|CONTAINS|[{'S':'ell'}]|true",
            "ss|CONTAINS|[{'S':'a'}]|true", "ss|NOT_CONTAINS|[{'S':'c'}]|true", "s|NOT_CONTAINS|[{'S':'ell'}]|false",
            "missing|NOT_CONTAINS|[{'S':'c'}]|false",
            "s|BEGINS_WITH|[{'S':'he'}]|true", "s|BEGINS_WITH|[{'S':'lo'}]|false",
            "n|IN|[{'N':'1'},{'N':'5'}]|true", "n|IN|[{'N':'1'},{'N':'2'}]|false",
            "n|BETWEEN|[{'N':'1'},{'N':'5'}]|true", "n|BETWEEN|[{'N':'6'},{'N':'9'}]|false",
            "flag|EQ|[{'BOOL':true}]|true"})
    void everyScanFilterOperatorMatchesAsOnAws(String attribute, String operator, String values, boolean matches) {
        LegacyExpressions scan = translate("Scan", "{'TableName':'T','ScanFilter':{'" + attribute
                + "':{'ComparisonOperator':'" + operator + "','AttributeValueList':" + values + "}}}");

        Condition filter = scan.filter().orElseThrow();

        assertEquals(matches, filter.test(item(ITEM)));
    }

    @Test
    void expectedFormsCheckTheStoredItem() {
        LegacyExpressions put = translate("PutItem", "{'TableName':'T','Item':{},'Expected':{'n':{'Value':{'N':'5'}},"
                + "'nothing':{'Exists':false},'s':{'ComparisonOperator':'BEGINS_WITH','Value':{'S':'h'}}}}");

        Condition condition = put.condition().orElseThrow();

        assertTrue(condition.test(item(ITEM)));
        assertFalse(condition.test(item("{'n':{'N':'5'},'nothing':{'S':'x'},'s':{'S':'hi'}}")));
        assertFalse(condition.test(Map.of()));
    }

    @Test
    void conditionalOperatorOrNeedsOnlyOneConditionToHold() {
        LegacyExpressions delete = translate("DeleteItem", "{'TableName':'T','Key':{},'ConditionalOperator':'OR',"
                + "'Expected':{'n':{'Value':{'N':'1'}},'s':{'Value':{'S':'hello'}}}}");

        assertTrue(delete.condition().orElseThrow().test(item(ITEM)));
    }

    @Test
    void attributeUpdatesApplyWithAwsSemantics() {
        LegacyExpressions update = translate("UpdateItem", "{'TableName':'T','Key':{'pk':{'S':'k'}},'AttributeUpdates':{"
                + "'s':{'Action':'DELETE'},"
                + "'counter':{'Action':'ADD','Value':{'N':'3'}},"
                + "'n':{'Action':'ADD','Value':{'N':'-2'}},"
                + "'ss':{'Action':'DELETE','Value':{'SS':['a']}},"
                + "'tags':{'Action':'ADD','Value':{'SS':['t']}},"
                + "'l':{'Action':'ADD','Value':{'L':[{'S':'y'}]}},"
                + "'log':{'Action':'ADD','Value':{'L':[{'S':'first'}]}},"
                + "'flag':{'Action':'PUT','Value':{'BOOL':false}}}}");

        Map<String, AttributeValue> newItem = update.update().orElseThrow()
                .apply(item(ITEM), item("{'pk':{'S':'k'}}")).newItem();

        assertEquals(item("{'pk':{'S':'k'},'n':{'N':'3'},'ss':{'SS':['b']},'l':{'L':[{'S':'x'},{'S':'y'}]},"
                + "'flag':{'BOOL':false},'counter':{'N':'3'},'tags':{'SS':['t']},'log':{'L':[{'S':'first'}]}}"),
                newItem);
    }

    @Test
    void keyConditionsBecomeAKeyConditionOnTheKeys() {
        LegacyExpressions query = translate("Query", "{'TableName':'T','KeyConditions':{"
                + "'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'k'}]},"
                + "'sk':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'N':'1'},{'N':'9'}]}},"
                + "'AttributesToGet':['pk','n']}");

        KeyCondition key = query.keyCondition().orElseThrow().forSchema("pk", "sk");

        assertEquals(AttributeValue.s("k"), key.hashKeyValue());
        assertEquals(RangeCondition.Operator.BETWEEN, key.rangeCondition().orElseThrow().operator());
        assertEquals(item("{'pk':{'S':'k'},'n':{'N':'5'}}"), query.projection().orElseThrow().apply(item(ITEM)));
    }

    private static LegacyExpressions translate(String operation, String request) {
        try {
            return LegacyJson.compile(operation, MAPPER.readTree(request));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Map<String, AttributeValue> item(String json) {
        try {
            return AttributeValueCodec.decodeItem(MAPPER.readTree(json));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
