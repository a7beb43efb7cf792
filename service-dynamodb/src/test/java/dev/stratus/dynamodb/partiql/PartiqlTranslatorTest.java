package dev.stratus.dynamodb.partiql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.expression.ExpressionInput;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.ExpressionRequest;
import dev.stratus.dynamodb.expression.Expressions;
import dev.stratus.dynamodb.item.DeleteItemRequest;
import dev.stratus.dynamodb.item.GetItemRequest;
import dev.stratus.dynamodb.item.PutItemRequest;
import dev.stratus.dynamodb.item.ReturnValues;
import dev.stratus.dynamodb.item.UpdateItemRequest;
import dev.stratus.dynamodb.item.WriteOptions;
import dev.stratus.dynamodb.partiql.PartiqlTranslator.StatementBatch;
import dev.stratus.dynamodb.query.QueryRequest;
import dev.stratus.dynamodb.query.ReadTarget;
import dev.stratus.dynamodb.query.ScanRequest;
import dev.stratus.dynamodb.query.ScanSegment;
import dev.stratus.dynamodb.transaction.TransactWriteItem;
import dev.stratus.spi.AwsServiceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Statements compile to the engine request whose trees are those the equivalent expression text parses to. */
class PartiqlTranslatorTest {

    private static final Expressions EXPRESSIONS = new Expressions();
    private static final TableKeys MUSIC = TableKeys.of("Artist", "SongTitle")
            .withIndex("ByAlbum", "Album", "Year")
            .withIndex("ByGenre", "Genre", null);

    @Test
    void selectPinningTheHashKeyIsAQuery() {
        QueryRequest query = query(translate("SELECT * FROM \"Music\" WHERE Artist = 'Acme'", null));

        assertEquals(new QueryRequest(target("Music", null, Optional.empty()),
                parsed(ExpressionKind.KEY_CONDITION, "#n0 = :v0", names("Artist"), "[{'S':'Acme'}]").keyCondition(),
                Optional.empty(), true, null, null), query);
    }

    @Test
    void selectWithARangeConditionAndOtherConditionsQueriesAndFilters() {
        QueryRequest query = query(translate("SELECT Artist, Info.Price, Tags[0] FROM Music WHERE Price > 3 AND "
                + "SongTitle BETWEEN 'a' AND 'm' AND 'Acme' = Artist", null));

        assertEquals(parsed(ExpressionKind.KEY_CONDITION, "#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2",
                names("Artist", "SongTitle"), "[{'S':'Acme'},{'S':'a'},{'S':'m'}]").keyCondition(),
                query.keyCondition());
        assertEquals(parsed(ExpressionKind.FILTER, "#n0 > :v0", names("Price"), "[{'N':'3'}]").filter(),
                query.filter());
        assertEquals(parsed(ExpressionKind.PROJECTION, "Artist, Info.Price, Tags[0]", null, null).projection(),
                query.target().projection());
    }

    @Test
    void aRangeComparisonWrittenValueFirstIsTurnedRound() {
        QueryRequest query = query(translate("SELECT * FROM Music WHERE Artist = ? AND 'x' < SongTitle",
                "[{'S':'Acme'}]"));

        assertEquals(parsed(ExpressionKind.KEY_CONDITION, "#n0 = :v0 AND #n1 > :v1", names("Artist", "SongTitle"),
                "[{'S':'Acme'},{'S':'x'}]").keyCondition(), query.keyCondition());
    }

    @Test
    void beginsWithOnTheRangeKeyIsAKeyCondition() {
        QueryRequest query = query(translate("SELECT * FROM Music WHERE Artist = 'A' AND begins_with(SongTitle, 'x')",
                null));

        assertEquals(parsed(ExpressionKind.KEY_CONDITION, "#n0 = :v0 AND begins_with(#n1, :v1)",
                names("Artist", "SongTitle"), "[{'S':'A'},{'S':'x'}]").keyCondition(), query.keyCondition());
    }

    @Test
    void selectWithoutTheHashKeyIsAScanFilteringOnTheWholeWhereClause() {
        ScanRequest scan = scan(translate("SELECT * FROM Music WHERE Artist = 'A' OR NOT (Year >= 2000 AND "
                + "Price IS MISSING) AND Tags IS NOT MISSING", null));

        assertEquals(parsed(ExpressionKind.FILTER,
                "#n0 = :v0 OR NOT (#n1 >= :v1 AND attribute_not_exists(#n2)) AND attribute_exists(#n3)",
                names("Artist", "Year", "Price", "Tags"), "[{'S':'A'},{'N':'2000'}]").filter(), scan.filter());
    }

    @Test
    void selectWithoutWhereIsAPlainScan() {
        assertEquals(new PartiqlRequest.Scan(new ScanRequest(target("Music", null, Optional.empty()),
                ScanSegment.WHOLE, Optional.empty(), null, null)), translate("SELECT * FROM Music", null));
    }

    @Test
    void selectFromAnIndexQueriesTheIndexByItsOwnKeys() {
        QueryRequest query = query(translate("SELECT * FROM Music.ByAlbum WHERE Album = 'X' AND Year >= 1990",
                null));

        assertEquals("ByAlbum", query.target().indexName());
        assertEquals(parsed(ExpressionKind.KEY_CONDITION, "#n0 = :v0 AND #n1 >= :v1", names("Album", "Year"),
                "[{'S':'X'},{'N':'1990'}]").keyCondition(), query.keyCondition());
    }

    @Test
    void selectFromAnUnknownIndexIsLeftToTheScanToRefuse() {
        ScanRequest scan = scan(translate("SELECT * FROM Music.Nope WHERE Artist = 'A'", null));

        assertEquals("Nope", scan.target().indexName());
    }

    @Test
    void orderByDescendingQueriesBackwards() {
        QueryRequest query = query(translate("SELECT * FROM Music WHERE Artist = 'A' ORDER BY SongTitle DESC", null));

        assertEquals(false, query.scanIndexForward());
    }

    @Test
    void orderByNeedsAQuery() {
        assertEquals("Unsupported operation: ORDER BY needs an equality on the partition key in the WHERE clause",
                refused("SELECT * FROM Music ORDER BY SongTitle", null));
    }

    @Test
    void functionsInAndSizeBecomeTheirExpressionForms() {
        ScanRequest scan = scan(translate("SELECT * FROM Music WHERE attribute_type(a, 'N') AND contains(b, ?) "
                + "AND size(c) > 2 AND d IN [1, 2]", "[{'S':'x'}]"));

        assertEquals(parsed(ExpressionKind.FILTER,
                "attribute_type(#n0, :v0) AND contains(#n1, :v1) AND size(#n2) > :v2 AND #n3 IN (:v3, :v4)",
                names("a", "b", "c", "d"), "[{'S':'N'},{'S':'x'},{'N':'2'},{'N':'1'},{'N':'2'}]").filter(),
                scan.filter());
    }

    @Test
    void readSettingsComeFromTheStatementsRequest() {
        Map<String, AttributeValue> start = Map.of("Artist", AttributeValue.s("A"), "SongTitle", AttributeValue.s("S"));
        QueryRequest query = query(PartiqlTranslator.translate(PartiqlParser.parse(
                "SELECT * FROM Music WHERE Artist = 'A'"), null, MUSIC,
                new StatementOptions(true, 5L, start, CapacityMode.TOTAL, false)));

        assertEquals(new ReadTarget("Music", null, null, Optional.empty(), true, CapacityMode.TOTAL),
                query.target());
        assertEquals(5L, query.limit());
        assertEquals(start, query.exclusiveStartKey());
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
        PutItemRequest put = ((PartiqlRequest.Put) translate("INSERT INTO Music VALUE {'Artist': ?, 'SongTitle': "
                + "'S', 'n': 1, 'ok': true, 'none': null, 'l': [1, 'a'], 'm': {'tags': <<'x', 'y'>>, 'ns': <<1, 2>>}}",
                "[{'S':'A'}]")).request();

        assertEquals(new PutItemRequest("Music", PartiqlFixtures.item("{'Artist':{'S':'A'},'SongTitle':{'S':'S'},"
                + "'n':{'N':'1'},'ok':{'BOOL':true},'none':{'NULL':true},'l':{'L':[{'N':'1'},{'S':'a'}]},"
                + "'m':{'M':{'tags':{'SS':['x','y']},'ns':{'NS':['1','2']}}}}"),
                parsed(ExpressionKind.CONDITION, "attribute_not_exists(#n0)", names("Artist"), null).condition(),
                WriteOptions.NONE), put);
    }

    @Test
    void insertOfAMapParameterIsAllowed() {
        PutItemRequest put = ((PartiqlRequest.Put) translate("INSERT INTO Music VALUE ?",
                "[{'M':{'Artist':{'S':'A'}}}]")).request();

        assertEquals(Map.of("Artist", AttributeValue.s("A")), put.item());
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
        UpdateItemRequest update = ((PartiqlRequest.Update) translate("UPDATE Music SET Plays = Plays + 1, "
                + "Title = ? SET Tags = set_add(Tags, <<'new'>>), Old = set_delete(Old, <<'x'>>), "
                + "L = list_append(L, [1]) REMOVE Gone, Info.Note WHERE Artist = 'A' AND SongTitle = ? "
                + "AND Plays < 100", "[{'S':'T'},{'S':'S'}]")).request();

        assertEquals(Map.of("Artist", AttributeValue.s("A"), "SongTitle", AttributeValue.s("S")), update.key());
        assertEquals(parsed(ExpressionKind.UPDATE, "SET #n0 = #n0 + :v0, #n1 = :v1, #n4 = list_append(#n4, :v4) "
                + "REMOVE #n5, #n6.#n7 ADD #n2 :v2 DELETE #n3 :v3",
                names("Plays", "Title", "Tags", "Old", "L", "Gone", "Info", "Note"),
                "[{'N':'1'},{'S':'T'},{'SS':['new']},{'SS':['x']},{'L':[{'N':'1'}]}]").update(), update.update());
        assertEquals(parsed(ExpressionKind.CONDITION, "attribute_exists(#n0) AND #n1 < :v0",
                names("Artist", "Plays"), "[{'N':'100'}]").condition(), update.condition());
        assertEquals(WriteOptions.NONE, update.options());
    }

    @Test
    void updateReturningAsksForReturnValues() {
        UpdateItemRequest update = ((PartiqlRequest.Update) translate("UPDATE Music SET a = 1 WHERE Artist = 'A' "
                + "AND SongTitle = 'S' RETURNING MODIFIED OLD *", null)).request();

        assertEquals(ReturnValues.UPDATED_OLD, update.options().returnValues());
    }

    @Test
    void updateConditionsJoinedByOrStayTogether() {
        UpdateItemRequest update = ((PartiqlRequest.Update) translate("UPDATE Music SET a = 1 WHERE Artist = 'A' "
                + "AND SongTitle = 'S' AND (b = 1 OR c = 2)", null)).request();

        assertEquals(parsed(ExpressionKind.CONDITION, "attribute_exists(#n0) AND (#n1 = :v0 OR #n2 = :v1)",
                names("Artist", "b", "c"), "[{'N':'1'},{'N':'2'}]").condition(), update.condition());
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
        PartiqlRequest request = translate("DELETE FROM Music WHERE SongTitle = ? AND Artist = ? RETURNING ALL OLD *",
                "[{'S':'S'},{'S':'A'}]");

        assertEquals(new PartiqlRequest.Delete(new DeleteItemRequest("Music", Map.of("Artist", AttributeValue.s("A"),
                "SongTitle", AttributeValue.s("S")), Optional.empty(),
                new WriteOptions(ReturnValues.ALL_OLD, CapacityMode.NONE, false, false))), request);
    }

    @Test
    void deleteConditionsBindAnExistingItemOnly() {
        DeleteItemRequest delete = ((PartiqlRequest.Delete) translate("DELETE FROM Music WHERE Artist = 'A' AND "
                + "SongTitle = 'S' AND Plays > 1 AND Year < 2000", null)).request();

        assertEquals(parsed(ExpressionKind.CONDITION, "attribute_not_exists(#n0) OR (#n1 > :v0 AND #n2 < :v1)",
                names("Artist", "Plays", "Year"), "[{'N':'1'},{'N':'2000'}]").condition(), delete.condition());
    }

    @Test
    void writeSettingsComeFromTheStatementsRequest() {
        PartiqlRequest.Delete delete = (PartiqlRequest.Delete) PartiqlTranslator.translate(PartiqlParser.parse(
                "DELETE FROM Music WHERE Artist = 'A' AND SongTitle = 'S'"), null, MUSIC,
                new StatementOptions(false, null, null, CapacityMode.INDEXES, true));

        assertEquals(new WriteOptions(ReturnValues.NONE, CapacityMode.INDEXES, false, true),
                delete.request().options());
    }

    @Test
    void existsIsAConditionCheckWithinATransactionOnly() {
        PartiqlStatement exists = PartiqlParser.parse("EXISTS(SELECT * FROM Music WHERE Artist = 'A' "
                + "AND SongTitle = 'S' AND Plays > 1)");

        PartiqlRequest check = PartiqlTranslator.translateSingleItem(exists, null, MUSIC, StatementBatch.TRANSACTION,
                StatementOptions.NONE);

        assertEquals(new PartiqlRequest.ConditionCheck(TransactWriteItem.conditionCheck("Music",
                Map.of("Artist", AttributeValue.s("A"), "SongTitle", AttributeValue.s("S")),
                parsed(ExpressionKind.CONDITION, "attribute_exists(#n0) AND #n1 > :v0", names("Artist", "Plays"),
                        "[{'N':'1'}]").condition(), false)), check);
        String message = "EXISTS is only supported within ExecuteTransaction";
        assertEquals(message, assertThrows(AwsServiceException.class,
                () -> PartiqlTranslator.translate(exists, null, MUSIC, StatementOptions.NONE)).getMessage());
        assertEquals(message, assertThrows(AwsServiceException.class, () -> PartiqlTranslator.translateSingleItem(
                exists, null, MUSIC, StatementBatch.BATCH, StatementOptions.NONE)).getMessage());
    }

    @Test
    void aBatchSelectOnTheWholeKeyIsAGetItem() {
        PartiqlRequest request = PartiqlTranslator.translateSingleItem(PartiqlParser.parse(
                "SELECT a FROM Music WHERE Artist = ? AND SongTitle = 'S'"), PartiqlFixtures.parameters("[{'S':'A'}]"),
                MUSIC, StatementBatch.BATCH, new StatementOptions(true, null, null, CapacityMode.NONE, false));

        assertEquals(new PartiqlRequest.Get(new GetItemRequest("Music", Map.of("Artist", AttributeValue.s("A"),
                "SongTitle", AttributeValue.s("S")), parsed(ExpressionKind.PROJECTION, "a", null, null).projection(),
                true, CapacityMode.NONE)), request);
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
        PartiqlRequest request = PartiqlTranslator.translateSingleItem(PartiqlParser.parse(
                "DELETE FROM Music WHERE Artist = 'A' AND SongTitle = 'S'"), null, MUSIC, StatementBatch.BATCH,
                StatementOptions.NONE);

        assertEquals(PartiqlRequest.Delete.class, request.getClass());
    }

    private static PartiqlRequest translate(String statement, String parameters) {
        return PartiqlTranslator.translate(PartiqlParser.parse(statement), PartiqlFixtures.parameters(parameters),
                MUSIC, StatementOptions.NONE);
    }

    private static QueryRequest query(PartiqlRequest request) {
        return ((PartiqlRequest.Query) request).request();
    }

    private static ScanRequest scan(PartiqlRequest request) {
        return ((PartiqlRequest.Scan) request).request();
    }

    private static ReadTarget target(String table, String index, Optional<dev.stratus.dynamodb.expression.Projection>
            projection) {
        return new ReadTarget(table, index, null, projection, false, CapacityMode.NONE);
    }

    /** {@code #n0, #n1, ...} for these attribute names, in order. */
    private static Map<String, String> names(String... attributes) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i++) {
            names.put("#n" + i, attributes[i]);
        }
        return names;
    }

    /** The same expression, written as text with these placeholders ({@code :v0, :v1, ...} in order) and parsed. */
    private static ExpressionRequest parsed(ExpressionKind kind, String expression, Map<String, String> names,
                                            String valueList) {
        Map<String, AttributeValue> values = null;
        if (valueList != null) {
            List<AttributeValue> list = PartiqlFixtures.parameters(valueList);
            values = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                values.put(":v" + i, list.get(i));
            }
        }
        return EXPRESSIONS.request(ExpressionInput.builder().names(names).values(values)
                .expression(kind, expression).build());
    }

    private static String refused(String statement, String parameters) {
        return assertThrows(AwsServiceException.class, () -> translate(statement, parameters)).getMessage();
    }

    private static String refusedSingle(String statement, StatementBatch batch) {
        return assertThrows(AwsServiceException.class, () -> PartiqlTranslator.translateSingleItem(
                PartiqlParser.parse(statement), null, MUSIC, batch, StatementOptions.NONE)).getMessage();
    }
}
