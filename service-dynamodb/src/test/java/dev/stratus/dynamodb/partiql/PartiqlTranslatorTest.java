package dev.stratus.dynamodb.partiql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.dynamodb.partiql.PartiqlTranslator.StatementBatch;
import dev.stratus.spi.AwsServiceException;
import org.junit.jupiter.api.Test;

class PartiqlTranslatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);
    private static final TableKeys MUSIC = TableKeys.of("Artist", "SongTitle")
            .withIndex("ByAlbum", "Album", "Year")
            .withIndex("ByGenre", "Genre", null);

    @Test
    void selectPinningTheHashKeyIsAQuery() {
        OperationRequest request = translate("SELECT * FROM \"Music\" WHERE Artist = 'Acme'", null);

        assertEquals("Query", request.operation());
        assertEquals(json("{'TableName':'Music','KeyConditionExpression':'#n0 = :v0',"
                + "'ExpressionAttributeNames':{'#n0':'Artist'},'ExpressionAttributeValues':{':v0':{'S':'Acme'}}}"),
                request.body());
    }

    @Test
    void selectWithARangeConditionAndOtherConditionsQueriesAndFilters() {
        OperationRequest request = translate("SELECT Artist, Info.Price, Tags[0] FROM Music WHERE Price > 3 AND "
                + "SongTitle BETWEEN 'a' AND 'm' AND 'Acme' = Artist", null);

        assertEquals("Query", request.operation());
        assertEquals(json("{'TableName':'Music','KeyConditionExpression':'#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2',"
                + "'FilterExpression':'#n2 > :v3','ProjectionExpression':'#n0, #n3.#n2, #n4[0]',"
                + "'ExpressionAttributeNames':{'#n0':'Artist','#n1':'SongTitle','#n2':'Price','#n3':'Info',"
                + "'#n4':'Tags'},'ExpressionAttributeValues':{':v0':{'S':'Acme'},':v1':{'S':'a'},':v2':{'S':'m'},"
                + "':v3':{'N':'3'}}}"), request.body());
    }

    @Test
    void aRangeComparisonWrittenValueFirstIsTurnedRound() {
        OperationRequest request = translate("SELECT * FROM Music WHERE Artist = ? AND 'x' < SongTitle",
                "[{'S':'Acme'}]");

        assertEquals("#n0 = :v0 AND #n1 > :v1", request.body().get("KeyConditionExpression").asText());
    }

    @Test
    void beginsWithOnTheRangeKeyIsAKeyCondition() {
        OperationRequest request = translate("SELECT * FROM Music WHERE Artist = 'A' AND begins_with(SongTitle, 'x')",
                null);

        assertEquals("#n0 = :v0 AND begins_with(#n1, :v1)", request.body().get("KeyConditionExpression").asText());
    }

    @Test
    void selectWithoutTheHashKeyIsAScanFilteringOnTheWholeWhereClause() {
        OperationRequest request = translate("SELECT * FROM Music WHERE Artist = 'A' OR NOT (Year >= 2000 AND "
                + "Price IS MISSING) AND Tags IS NOT MISSING", null);

        assertEquals("Scan", request.operation());
        assertEquals("#n0 = :v0 OR NOT (#n1 >= :v1 AND attribute_not_exists(#n2)) AND attribute_exists(#n3)",
                request.body().get("FilterExpression").asText());
    }

    @Test
    void selectWithoutWhereIsAPlainScan() {
        OperationRequest request = translate("SELECT * FROM Music", null);

        assertEquals("Scan", request.operation());
        assertEquals(json("{'TableName':'Music'}"), request.body());
    }

    @Test
    void selectFromAnIndexQueriesTheIndexByItsOwnKeys() {
        OperationRequest request = translate("SELECT * FROM Music.ByAlbum WHERE Album = 'X' AND Year >= 1990", null);

        assertEquals("Query", request.operation());
        assertEquals("ByAlbum", request.body().get("IndexName").asText());
        assertEquals("#n0 = :v0 AND #n1 >= :v1", request.body().get("KeyConditionExpression").asText());
    }

    @Test
    void selectFromAnUnknownIndexIsLeftToTheScanToRefuse() {
        OperationRequest request = translate("SELECT * FROM Music.Nope WHERE Artist = 'A'", null);

        assertEquals("Scan", request.operation());
        assertEquals("Nope", request.body().get("IndexName").asText());
    }

    @Test
    void orderByDescendingQueriesBackwards() {
        OperationRequest request = translate("SELECT * FROM Music WHERE Artist = 'A' ORDER BY SongTitle DESC", null);

        assertEquals(false, request.body().get("ScanIndexForward").asBoolean());
    }

    @Test
    void orderByNeedsAQuery() {
        assertEquals("Unsupported operation: ORDER BY needs an equality on the partition key in the WHERE clause",
                refused("SELECT * FROM Music ORDER BY SongTitle", null));
    }

    @Test
    void functionsInAndSizeBecomeTheirExpressionForms() {
        OperationRequest request = translate("SELECT * FROM Music WHERE attribute_type(a, 'N') AND contains(b, ?) "
                + "AND size(c) > 2 AND d IN [1, 2]", "[{'S':'x'}]");

        assertEquals("attribute_type(#n0, :v0) AND contains(#n1, :v1) AND size(#n2) > :v2 AND #n3 IN (:v3, :v4)",
                request.body().get("FilterExpression").asText());
        assertEquals(json("{'S':'x'}"), request.body().at("/ExpressionAttributeValues/:v1"));
    }

    @Test
    void parametersAreBoundInOrder() {
        OperationRequest request = translate("SELECT * FROM Music WHERE Artist = ? AND SongTitle = ?",
                "[{'S':'A'},{'S':'B'}]");

        assertEquals(json("{':v0':{'S':'A'},':v1':{'S':'B'}}"), request.body().get("ExpressionAttributeValues"));
    }

    @Test
    void parameterCountMustMatch() {
        String message = "Number of parameters in request and statement don't match.";
        assertEquals(message, refused("SELECT * FROM Music WHERE Artist = ?", null));
        assertEquals(message, refused("SELECT * FROM Music WHERE Artist = ?", "[{'S':'A'},{'S':'B'}]"));
        assertEquals(message, refused("SELECT * FROM Music", "[{'S':'A'}]"));
    }

    @Test
    void insertIsAPutOfANewKey() {
        OperationRequest request = translate("INSERT INTO Music VALUE {'Artist': ?, 'SongTitle': 'S', 'n': 1, "
                + "'ok': true, 'none': null, 'l': [1, 'a'], 'm': {'tags': <<'x', 'y'>>, 'ns': <<1, 2>>}}",
                "[{'S':'A'}]");

        assertEquals("PutItem", request.operation());
        assertEquals(json("{'TableName':'Music','Item':{'Artist':{'S':'A'},'SongTitle':{'S':'S'},'n':{'N':'1'},"
                + "'ok':{'BOOL':true},'none':{'NULL':true},'l':{'L':[{'N':'1'},{'S':'a'}]},"
                + "'m':{'M':{'tags':{'SS':['x','y']},'ns':{'NS':['1','2']}}}},"
                + "'ConditionExpression':'attribute_not_exists(#n0)','ExpressionAttributeNames':{'#n0':'Artist'}}"),
                request.body());
    }

    @Test
    void insertOfAMapParameterIsAllowed() {
        OperationRequest request = translate("INSERT INTO Music VALUE ?", "[{'M':{'Artist':{'S':'A'}}}]");

        assertEquals(json("{'Artist':{'S':'A'}}"), request.body().get("Item"));
    }

    @Test
    void insertNeedsAMap() {
        assertEquals("Statement wasn't well formed, can't be processed: INSERT needs a map value after VALUE",
                refused("INSERT INTO Music VALUE 'x'", null));
    }

    @Test
    void setsMustHoldOneKindOfMember() {
        assertEquals("Statement wasn't well formed, can't be processed: "
                        + "The members of a set must all be strings, all numbers or all binaries",
                refused("INSERT INTO Music VALUE {'s': <<'a', 1>>}", null));
        assertEquals("One or more parameter values were invalid: Input collection [a, a] contains duplicates.",
                refused("INSERT INTO Music VALUE {'s': <<'a', 'a'>>}", null));
    }

    @Test
    void updateIsAnUpdateOfAnExistingItem() {
        OperationRequest request = translate("UPDATE Music SET Plays = Plays + 1, Title = ? SET "
                + "Tags = set_add(Tags, <<'new'>>), Old = set_delete(Old, <<'x'>>), L = list_append(L, [1]) "
                + "REMOVE Gone, Info.Note WHERE Artist = 'A' AND SongTitle = ? AND Plays < 100", "[{'S':'T'},{'S':'S'}]");

        assertEquals("UpdateItem", request.operation());
        assertEquals(json("{'Artist':{'S':'A'},'SongTitle':{'S':'S'}}"), request.body().get("Key"));
        assertEquals("SET #n0 = #n0 + :v0, #n1 = :v1, #n4 = list_append(#n4, :v4) REMOVE #n5, #n6.#n7 "
                + "ADD #n2 :v2 DELETE #n3 :v3", request.body().get("UpdateExpression").asText());
        assertEquals("attribute_exists(#n8) AND #n0 < :v5", request.body().get("ConditionExpression").asText());
        assertEquals("Artist", request.body().at("/ExpressionAttributeNames/#n8").asText());
    }

    @Test
    void updateReturningAsksForReturnValues() {
        OperationRequest request = translate("UPDATE Music SET a = 1 WHERE Artist = 'A' AND SongTitle = 'S' "
                + "RETURNING MODIFIED OLD *", null);

        assertEquals("UPDATED_OLD", request.body().get("ReturnValues").asText());
    }

    @Test
    void updateConditionsJoinedByOrStayTogether() {
        OperationRequest request = translate("UPDATE Music SET a = 1 WHERE Artist = 'A' AND SongTitle = 'S' "
                + "AND (b = 1 OR c = 2)", null);

        assertEquals("attribute_exists(#n1) AND (#n2 = :v1 OR #n3 = :v2)",
                request.body().get("ConditionExpression").asText());
    }

    @Test
    void updateAndDeleteNeedEqualitiesOnTheWholeKey() {
        String message = "Where clause does not contain a mandatory equality on all key attributes";
        assertEquals(message, refused("UPDATE Music SET a = 1 WHERE Artist = 'A'", null));
        assertEquals(message, refused("UPDATE Music SET a = 1", null));
        assertEquals(message, refused("DELETE FROM Music WHERE Artist = 'A' OR SongTitle = 'S'", null));
        assertEquals(message, refused("DELETE FROM Music WHERE Artist = 'A' AND SongTitle > 'S'", null));
    }

    @Test
    void deleteIsADeleteOfTheKeyTheWhereClausePins() {
        OperationRequest request = translate("DELETE FROM Music WHERE SongTitle = ? AND Artist = ? RETURNING ALL OLD *",
                "[{'S':'S'},{'S':'A'}]");

        assertEquals("DeleteItem", request.operation());
        assertEquals(json("{'TableName':'Music','Key':{'Artist':{'S':'A'},'SongTitle':{'S':'S'}},"
                + "'ReturnValues':'ALL_OLD'}"), request.body());
    }

    @Test
    void deleteConditionsBindAnExistingItemOnly() {
        OperationRequest request = translate("DELETE FROM Music WHERE Artist = 'A' AND SongTitle = 'S' "
                + "AND Plays > 1 AND Year < 2000", null);

        assertEquals("attribute_not_exists(#n0) OR (#n1 > :v0 AND #n2 < :v1)",
                request.body().get("ConditionExpression").asText());
    }

    @Test
    void existsIsAConditionCheckWithinATransactionOnly() {
        PartiqlStatement exists = PartiqlParser.parse("EXISTS(SELECT * FROM Music WHERE Artist = 'A' "
                + "AND SongTitle = 'S' AND Plays > 1)");

        OperationRequest check = PartiqlTranslator.translateSingleItem(exists, null, MUSIC, StatementBatch.TRANSACTION);

        assertEquals("ConditionCheck", check.operation());
        assertEquals(json("{'TableName':'Music','Key':{'Artist':{'S':'A'},'SongTitle':{'S':'S'}},"
                + "'ConditionExpression':'attribute_exists(#n0) AND #n1 > :v0',"
                + "'ExpressionAttributeNames':{'#n0':'Artist','#n1':'Plays'},"
                + "'ExpressionAttributeValues':{':v0':{'N':'1'}}}"), check.body());
        String message = "EXISTS is only supported within ExecuteTransaction";
        assertEquals(message, assertThrows(AwsServiceException.class,
                () -> PartiqlTranslator.translate(exists, null, MUSIC)).getMessage());
        assertEquals(message, assertThrows(AwsServiceException.class,
                () -> PartiqlTranslator.translateSingleItem(exists, null, MUSIC, StatementBatch.BATCH)).getMessage());
    }

    @Test
    void aBatchSelectOnTheWholeKeyIsAGetItem() {
        OperationRequest request = PartiqlTranslator.translateSingleItem(PartiqlParser.parse(
                "SELECT a FROM Music WHERE Artist = ? AND SongTitle = 'S'"), json("[{'S':'A'}]"), MUSIC,
                StatementBatch.BATCH);

        assertEquals("GetItem", request.operation());
        assertEquals(json("{'TableName':'Music','Key':{'Artist':{'S':'A'},'SongTitle':{'S':'S'}},"
                + "'ProjectionExpression':'#n0','ExpressionAttributeNames':{'#n0':'a'}}"), request.body());
    }

    @Test
    void batchAndTransactionSelectsNeedTheWholeKeyAndNothingElse() {
        assertEquals("Select statements within BatchExecuteStatement must specify the primary key in the where clause.",
                refusedSingle("SELECT * FROM Music WHERE Artist = 'A'", StatementBatch.BATCH));
        assertEquals("Select statements within ExecuteTransaction must specify the primary key in the where clause.",
                refusedSingle("SELECT * FROM Music WHERE Artist = 'A' AND SongTitle = 'S' AND x = 1",
                        StatementBatch.TRANSACTION));
    }

    @Test
    void batchWritesTranslateAsSingleStatements() {
        OperationRequest request = PartiqlTranslator.translateSingleItem(PartiqlParser.parse(
                "DELETE FROM Music WHERE Artist = 'A' AND SongTitle = 'S'"), null, MUSIC, StatementBatch.BATCH);

        assertEquals("DeleteItem", request.operation());
    }

    private static OperationRequest translate(String statement, String parameters) {
        return PartiqlTranslator.translate(PartiqlParser.parse(statement),
                parameters == null ? null : json(parameters), MUSIC);
    }

    private static String refused(String statement, String parameters) {
        return assertThrows(AwsServiceException.class, () -> translate(statement, parameters)).getMessage();
    }

    private static String refusedSingle(String statement, StatementBatch batch) {
        return assertThrows(AwsServiceException.class, () -> PartiqlTranslator.translateSingleItem(
                PartiqlParser.parse(statement), null, MUSIC, batch)).getMessage();
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
