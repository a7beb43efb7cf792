package dev.stratus.dynamodb.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.batch.BatchGetItemRequest;
import dev.stratus.dynamodb.expression.ExpressionInput;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.ExpressionRequest;
import dev.stratus.dynamodb.expression.KeyCondition;
import dev.stratus.dynamodb.expression.KeyConditionExpression;
import dev.stratus.dynamodb.expression.Expressions;
import dev.stratus.dynamodb.protocol.BatchProtocol;
import dev.stratus.dynamodb.protocol.ExpressionParameters;
import dev.stratus.dynamodb.protocol.LegacyJson;
import dev.stratus.spi.AwsServiceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyParametersTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);
    private static final Expressions EXPRESSIONS = new Expressions();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "EQ|[{'N':'1'}]|#n0 = :v0",
            "NE|[{'N':'1'}]|#n0 <> :v0",
            "LE|[{'N':'1'}]|#n0 <= :v0",
            "LT|[{'N':'1'}]|#n0 < :v0",
            "GE|[{'N':'1'}]|#n0 >= :v0",
            "GT|[{'N':'1'}]|#n0 > :v0",
            "NOT_NULL|[]|attribute_exists(#n0)",
            "NULL|[]|attribute_not_exists(#n0)",
            "CONTAINS|[{'S':'x'}]|contains(#n0, :v0)",
            "NOT_CONTAINS|[{'S':'x'}]|attribute_exists(#n0) AND NOT contains(#n0, :v0)",
            "BEGINS_WITH|[{'S':'x'}]|begins_with(#n0, :v0)",
            "IN|[{'N':'1'},{'N':'2'},{'N':'3'}]|#n0 IN (:v0, :v1, :v2)",
            "BETWEEN|[{'N':'1'},{'N':'2'}]|#n0 BETWEEN :v0 AND :v1"})
    void everyComparisonOperatorBecomesItsFilterExpression(String operator, String values, String expression) {
        LegacyExpressions scan = translate("Scan", "{'TableName':'T','ScanFilter':{'price':{'ComparisonOperator':'"
                + operator + "','AttributeValueList':" + values + "}}}");

        assertEquals(parsed(ExpressionKind.FILTER, expression, "{'#n0':'price'}", placeholders(values)).filter(),
                scan.filter());
    }

    @Test
    void conditionalOperatorOrJoinsTheConditions() {
        LegacyExpressions query = translate("Query", "{'TableName':'T',"
                + "'KeyConditions':{'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'a'}]}},"
                + "'QueryFilter':{'x':{'ComparisonOperator':'NULL'},"
                + "'y':{'ComparisonOperator':'EQ','AttributeValueList':[{'BOOL':true}]}},"
                + "'ConditionalOperator':'OR'}");

        assertEquals(parsed(ExpressionKind.KEY_CONDITION, "#n0 = :v0", "{'#n0':'pk'}", "{':v0':{'S':'a'}}")
                .keyCondition(), query.keyCondition());
        assertEquals(parsed(ExpressionKind.FILTER, "attribute_not_exists(#n0) OR #n1 = :v0", "{'#n0':'x','#n1':'y'}",
                "{':v0':{'BOOL':true}}").filter(), query.filter());
    }

    @Test
    void keyConditionsAndQueryFilterMayTestTheSameAttribute() {
        LegacyExpressions query = translate("Query", "{'TableName':'T',"
                + "'KeyConditions':{'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'a'}]},"
                + "'sk':{'ComparisonOperator':'BEGINS_WITH','AttributeValueList':[{'S':'x'}]}},"
                + "'QueryFilter':{'sk':{'ComparisonOperator':'NE','AttributeValueList':[{'S':'xy'}]}}}");

        assertEquals(parsed(ExpressionKind.KEY_CONDITION, "#n0 = :v0 AND begins_with(#n1, :v1)",
                "{'#n0':'pk','#n1':'sk'}", "{':v0':{'S':'a'},':v1':{'S':'x'}}").keyCondition(), query.keyCondition());
        assertEquals(parsed(ExpressionKind.FILTER, "#n0 <> :v0", "{'#n0':'sk'}", "{':v0':{'S':'xy'}}").filter(),
                query.filter());
    }

    @Test
    void keyConditionsMayComeWithAFilterExpression() {
        LegacyExpressions query = translate("Query", "{'TableName':'T',"
                + "'KeyConditions':{'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'a'}]}},"
                + "'FilterExpression':'#n0 = :v0','ExpressionAttributeNames':{'#n0':'other'},"
                + "'ExpressionAttributeValues':{':v0':{'N':'5'}}}");

        assertEquals(parsed(ExpressionKind.KEY_CONDITION, "#n0 = :v0", "{'#n0':'pk'}", "{':v0':{'S':'a'}}")
                .keyCondition(), query.keyCondition());
        assertTrue(query.filter().isEmpty());
    }

    @Test
    void keyConditionsRefuseOperatorsAKeyCannotUse() {
        assertEquals("Attempted conditional constraint is not an indexable operation", refused("Query",
                "{'TableName':'T','KeyConditions':{'pk':{'ComparisonOperator':'NE','AttributeValueList':[{'S':'a'}]}}}"));
    }

    @Test
    void keyConditionsTakeOneOrTwoConditions() {
        assertEquals("Conditions can be of length 1 or 2 only", refused("Query", "{'TableName':'T','KeyConditions':{"
                + "'a':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'a'}]},"
                + "'b':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'a'}]},"
                + "'c':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'a'}]}}}"));
    }

    @Test
    void keyConditionsOnAnIndexLeaveTheirCountToTheIndexKeySchema() {
        String conditions = "'KeyConditions':{"
                + "'a':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'a'}]},"
                + "'b':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'b'}]},"
                + "'c':{'ComparisonOperator':'GT','AttributeValueList':[{'N':'1'}]}}}";
        KeyConditionExpression onIndex = translate("Query", "{'TableName':'T','IndexName':'idx'," + conditions)
                .keyCondition().orElseThrow();

        KeyCondition multiAttribute = onIndex.forSchema(List.of("a", "b"), List.of("c"));

        assertEquals(List.of("a", "b"), List.copyOf(multiAttribute.partition().keySet()));
        assertEquals("c", multiAttribute.rangeCondition().orElseThrow().attributeName());
        AwsServiceException ordinary = assertThrows(AwsServiceException.class, () -> onIndex.forSchema("a", "c"));
        assertEquals("Conditions can be of length 1 or 2 only", ordinary.getMessage());
        assertEquals("Conditions can be of length 1 or 2 only",
                refused("Query", "{'TableName':'T','IndexName':'idx','KeyConditions':{}}"));
    }

    @Test
    void expectedValueMeansEqualsAndExistsFalseMeansAbsent() {
        LegacyExpressions put = translate("PutItem", "{'TableName':'T','Item':{'pk':{'S':'a'}},'Expected':{"
                + "'version':{'Value':{'N':'3'}},'owner':{'Exists':true,'Value':{'S':'me'}},'lock':{'Exists':false}}}");

        assertEquals(parsed(ExpressionKind.CONDITION, "#n0 = :v0 AND #n1 = :v1 AND attribute_not_exists(#n2)",
                "{'#n0':'version','#n1':'owner','#n2':'lock'}", "{':v0':{'N':'3'},':v1':{'S':'me'}}").condition(),
                put.condition());
    }

    @Test
    void expectedAcceptsComparisonOperatorsWithValueOrValueList() {
        LegacyExpressions delete = translate("DeleteItem", "{'TableName':'T','Key':{'pk':{'S':'a'}},'Expected':{"
                + "'a':{'ComparisonOperator':'GT','Value':{'N':'3'}},"
                + "'b':{'ComparisonOperator':'IN','AttributeValueList':[{'S':'x'},{'S':'y'}]},"
                + "'c':{'ComparisonOperator':'NOT_NULL'}},'ConditionalOperator':'OR'}");

        assertEquals(parsed(ExpressionKind.CONDITION, "#n0 > :v0 OR #n1 IN (:v1, :v2) OR attribute_exists(#n2)",
                "{'#n0':'a','#n1':'b','#n2':'c'}", "{':v0':{'N':'3'},':v1':{'S':'x'},':v2':{'S':'y'}}").condition(),
                delete.condition());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'a':{}}|One or more parameter values were invalid: Value must be provided when Exists is null for Attribute: a",
            "{'a':{'Exists':true}}|One or more parameter values were invalid: Value must be provided when Exists is true for Attribute: a",
            "{'a':{'Exists':false,'Value':{'S':'x'}}}|One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: a",
            "{'a':{'Exists':true,'ComparisonOperator':'EQ','Value':{'S':'x'}}}|One or more parameter values were invalid: Exists and ComparisonOperator cannot be used together for Attribute: a",
            "{'a':{'ComparisonOperator':'EQ','Value':{'S':'x'},'AttributeValueList':[{'S':'x'}]}}|One or more parameter values were invalid: Value and AttributeValueList cannot be used together for Attribute: a",
            "{'a':{'AttributeValueList':[{'S':'x'}]}}|One or more parameter values were invalid: AttributeValueList can only be used with a ComparisonOperator for Attribute: a",
            "{'a':{'ComparisonOperator':'EQ'}}|One or more parameter values were invalid: Value or AttributeValueList must be used with ComparisonOperator: EQ for Attribute: a",
            "{'a':{'ComparisonOperator':'NULL','Value':{'S':'x'}}}|One or more parameter values were invalid: Invalid number of argument(s) for the NULL ComparisonOperator"})
    void expectedRefusesWhatAwsRefuses(String expected, String message) {
        assertEquals(message, refused("PutItem", "{'TableName':'T','Item':{},'Expected':" + expected + "}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "EQ|[]", "EQ|[{'S':'a'},{'S':'b'}]", "NE|[]", "LE|[]", "LT|[]", "GE|[]", "GT|[]",
            "NULL|[{'S':'a'}]", "NOT_NULL|[{'S':'a'}]", "CONTAINS|[]", "NOT_CONTAINS|[]", "BEGINS_WITH|[]",
            "IN|[]", "BETWEEN|[{'N':'1'}]", "BETWEEN|[{'N':'1'},{'N':'2'},{'N':'3'}]"})
    void everyOperatorRefusesTheWrongNumberOfArguments(String operator, String values) {
        assertEquals("One or more parameter values were invalid: Invalid number of argument(s) for the " + operator
                + " ComparisonOperator", refused("Scan", "{'TableName':'T','ScanFilter':{'a':{'ComparisonOperator':'"
                + operator + "','AttributeValueList':" + values + "}}}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "BEGINS_WITH|[{'N':'1'}]|One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type",
            "LT|[{'SS':['a']}]|One or more parameter values were invalid: ComparisonOperator LT is not valid for SS AttributeValue type",
            "CONTAINS|[{'BOOL':true}]|One or more parameter values were invalid: ComparisonOperator CONTAINS is not valid for BOOL AttributeValue type",
            "IN|[{'S':'a'},{'N':'1'}]|One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of same type",
            "BETWEEN|[{'N':'10'},{'N':'9'}]|The BETWEEN condition was provided a range where the lower bound is greater than the upper bound",
            "BETWEEN|[{'S':'b'},{'S':'a'}]|The BETWEEN condition was provided a range where the lower bound is greater than the upper bound",
            "EQ|[{'N':'x'}]|The parameter cannot be converted to a numeric value: x"})
    void filterArgumentsMustSuitTheirOperator(String operator, String values, String message) {
        assertEquals(message, refused("Scan", "{'TableName':'T','ScanFilter':{'a':{'ComparisonOperator':'"
                + operator + "','AttributeValueList':" + values + "}}}"));
    }

    @Test
    void attributeUpdatesBecomeAnUpdateExpression() {
        LegacyExpressions update = translate("UpdateItem", "{'TableName':'T','Key':{'pk':{'S':'a'}},'AttributeUpdates':{"
                + "'name':{'Action':'PUT','Value':{'S':'x'}},"
                + "'implicitPut':{'Value':{'N':'1'}},"
                + "'gone':{'Action':'DELETE'},"
                + "'count':{'Action':'ADD','Value':{'N':'2'}},"
                + "'tags':{'Action':'ADD','Value':{'SS':['t']}},"
                + "'old':{'Action':'DELETE','Value':{'NS':['1']}},"
                + "'log':{'Action':'ADD','Value':{'L':[{'S':'e'}]}}}}");

        assertEquals(parsed(ExpressionKind.UPDATE,
                "SET #n0 = :v0, #n1 = :v1, #n6 = list_append(if_not_exists(#n6, :v5), :v6) "
                        + "REMOVE #n2 ADD #n3 :v2, #n4 :v3 DELETE #n5 :v4",
                "{'#n0':'name','#n1':'implicitPut','#n2':'gone','#n3':'count','#n4':'tags','#n5':'old','#n6':'log'}",
                "{':v0':{'S':'x'},':v1':{'N':'1'},':v2':{'N':'2'},':v3':{'SS':['t']},':v4':{'NS':['1']},"
                        + "':v5':{'L':[]},':v6':{'L':[{'S':'e'}]}}").update(), update.update());
    }

    @Test
    void attributeUpdatesAndExpectedTranslateTogether() {
        LegacyExpressions update = translate("UpdateItem", "{'TableName':'T','Key':{'pk':{'S':'a'}},"
                + "'AttributeUpdates':{'n':{'Action':'ADD','Value':{'N':'1'}}},'Expected':{'n':{'Exists':false}}}");

        assertEquals(parsed(ExpressionKind.UPDATE, "ADD #n0 :v0", "{'#n0':'n'}", "{':v0':{'N':'1'}}").update(),
                update.update());
        assertEquals(parsed(ExpressionKind.CONDITION, "attribute_not_exists(#n0)", "{'#n0':'n'}", null).condition(),
                update.condition());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'Action':'PUT'}|One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified",
            "{'Action':'ADD'}|One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified",
            "{'Action':'DELETE','Value':{'S':'x'}}|One or more parameter values were invalid: DELETE action with value is not supported for the type S",
            "{'Action':'ADD','Value':{'S':'x'}}|One or more parameter values were invalid: ADD action is not supported for the type S",
            "{'Action':'ADD','Value':{'M':{}}}|One or more parameter values were invalid: ADD action is not supported for the type M"})
    void attributeUpdatesRefuseWhatAwsRefuses(String update, String message) {
        assertEquals(message, refused("UpdateItem",
                "{'TableName':'T','Key':{'pk':{'S':'a'}},'AttributeUpdates':{'a':" + update + "}}"));
    }

    @Test
    void attributesToGetBecomeAProjection() {
        LegacyExpressions get = translate("GetItem", "{'TableName':'T','Key':{'pk':{'S':'a'}},"
                + "'AttributesToGet':['pk','status','a.b']}");

        assertEquals(parsed(ExpressionKind.PROJECTION, "#n0, #n1, #n2", "{'#n0':'pk','#n1':'status','#n2':'a.b'}",
                null).projection(), get.projection());
    }

    @Test
    void attributesToGetRefusesDuplicates() {
        assertEquals("One or more parameter values were invalid: Duplicate value in attribute name: a",
                refused("Scan", "{'TableName':'T','AttributesToGet':['a','b','a']}"));
    }

    @Test
    void batchGetItemTranslatesEachTable() {
        BatchGetItemRequest batch = new BatchProtocol(null, EXPRESSIONS).readBatchGetItem(json("{'RequestItems':{"
                + "'One':{'Keys':[{'pk':{'S':'a'}}],'AttributesToGet':['x']},"
                + "'Two':{'Keys':[{'pk':{'S':'a'}}],'ProjectionExpression':'y'}}}"));

        assertEquals(parsed(ExpressionKind.PROJECTION, "#n0", "{'#n0':'x'}", null).projection(),
                batch.requestItems().get("One").projection());
        assertEquals(parsed(ExpressionKind.PROJECTION, "y", null, null).projection(),
                batch.requestItems().get("Two").projection());
    }

    @Test
    void mixingLegacyAndExpressionParametersIsRefused() {
        assertEquals("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}",
                refused("GetItem", "{'TableName':'T','Key':{},'AttributesToGet':['a'],'ProjectionExpression':'a'}"));
        assertEquals("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {AttributesToGet, QueryFilter, KeyConditions} "
                        + "Expression parameters: {FilterExpression, KeyConditionExpression}",
                refused("Query", "{'TableName':'T','AttributesToGet':['a'],'QueryFilter':{},'KeyConditions':{},"
                        + "'FilterExpression':'a = :a','KeyConditionExpression':'b = :b'}"));
        assertEquals("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {AttributeUpdates, Expected} "
                        + "Expression parameters: {UpdateExpression}",
                refused("UpdateItem", "{'TableName':'T','Key':{},'AttributeUpdates':{},'Expected':{},"
                        + "'UpdateExpression':'SET a = :a'}"));
    }

    @Test
    void placeholdersWithoutExpressionsAreRefused() {
        assertEquals("ExpressionAttributeNames can only be specified when using expressions", refused("Scan",
                "{'TableName':'T','ScanFilter':{},'ExpressionAttributeNames':{'#a':'a'}}"));
        assertEquals("ExpressionAttributeValues can only be specified when using expressions: "
                        + "FilterExpression and KeyConditionExpression are null", refused("Query",
                "{'TableName':'T','KeyConditions':{},'ExpressionAttributeValues':{':a':{'S':'a'}}}"));
        assertEquals("ExpressionAttributeValues can only be specified when using expressions: "
                        + "ConditionExpression is null", refused("PutItem",
                "{'TableName':'T','Item':{},'ExpressionAttributeValues':{':a':{'S':'a'}}}"));
    }

    @Test
    void requestsWithoutLegacyParametersStateNoTrees() {
        assertEquals(LegacyExpressions.NONE,
                translate("GetItem", "{'TableName':'T','Key':{},'ProjectionExpression':'a'}"));
    }

    private static LegacyExpressions translate(String operation, String request) {
        return LegacyJson.compile(operation, json(request));
    }

    private static String refused(String operation, String request) {
        AwsServiceException error = assertThrows(AwsServiceException.class,
                () -> LegacyJson.compile(operation, json(request)));
        return error.getMessage();
    }

    /** The same expression, written as text with these placeholders and parsed. */
    private static ExpressionRequest parsed(ExpressionKind kind, String expression, String names, String values) {
        Map<String, String> nameMap = null;
        if (names != null) {
            nameMap = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> name : json(names).properties()) {
                nameMap.put(name.getKey(), name.getValue().asText());
            }
        }
        return EXPRESSIONS.request(ExpressionInput.builder().names(nameMap)
                .values(values == null ? null : ExpressionParameters.values(json(values)))
                .expression(kind, expression).build());
    }

    /** The ExpressionAttributeValues {@code :v0, :v1, ...} of a list of values, or {@code null} for none. */
    private static String placeholders(String valueList) {
        JsonNode list = json(valueList);
        if (list.isEmpty()) {
            return null;
        }
        ObjectNode values = MAPPER.createObjectNode();
        for (int i = 0; i < list.size(); i++) {
            values.set(":v" + i, list.get(i));
        }
        return values.toString();
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
