package dev.stratus.dynamodb.partiql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.DynamoDbEngine;
import dev.stratus.dynamodb.PartiqlBackendOfEngine;
import dev.stratus.dynamodb.protocol.PartiqlProtocol;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PartiQL statements run end to end through the DynamoDB engine's own operations. */
class PartiqlEngineTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);

    private final DynamoDbEngine engine = new DynamoDbEngine();
    private final PartiqlProtocol partiql = new PartiqlProtocol(
            engine.instance(PartiqlBackendOfEngine.class));
    private static final RequestContext CONTEXT = new RequestContext("req-1", "123456789012", "us-east-1",
            "dynamodb", "", DynamoDbEngine.START, "123456789012");

    @BeforeEach
    void createMusic() {
        engine.call("CreateTable", """
                {"TableName": "Music", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "Artist", "AttributeType": "S"},
                   {"AttributeName": "SongTitle", "AttributeType": "S"},
                   {"AttributeName": "Album", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "Artist", "KeyType": "HASH"},
                   {"AttributeName": "SongTitle", "KeyType": "RANGE"}],
                 "GlobalSecondaryIndexes": [{"IndexName": "ByAlbum",
                   "KeySchema": [{"AttributeName": "Album", "KeyType": "HASH"}],
                   "Projection": {"ProjectionType": "ALL"}}]}""");
    }

    @Test
    void insertedItemsAreSelectedByKeyAndByIndex() {
        statement("INSERT INTO \"Music\" VALUE {'Artist': ?, 'SongTitle': 'One', 'Album': 'A', 'Plays': 1}",
                "[{'S':'Acme'}]");

        JsonNode byKey = statement("SELECT SongTitle, Plays FROM Music WHERE Artist = 'Acme'", null);
        JsonNode byIndex = statement("SELECT * FROM \"Music\".\"ByAlbum\" WHERE Album = 'A'", null);

        assertEquals(json("[{'SongTitle':{'S':'One'},'Plays':{'N':'1'}}]"), byKey.get("Items"));
        assertEquals(1, byIndex.get("Items").size());
    }

    @Test
    void insertingAnExistingKeyIsADuplicateItem() {
        statement("INSERT INTO Music VALUE {'Artist': 'Acme', 'SongTitle': 'One'}", null);

        AwsServiceException error = assertThrows(AwsServiceException.class,
                () -> statement("INSERT INTO Music VALUE {'Artist': 'Acme', 'SongTitle': 'One', 'x': 1}", null));

        assertEquals("DuplicateItemException", error.errorCode());
        assertEquals("Duplicate primary key exists in table", error.getMessage());
    }

    @Test
    void updateChangesAnExistingItemAndReturnsWhatWasAsked() {
        statement("INSERT INTO Music VALUE {'Artist': 'Acme', 'SongTitle': 'One', 'Plays': 1, 'Tags': <<'a'>>}", null);

        JsonNode output = statement("UPDATE Music SET Plays = Plays + 1 SET Tags = set_add(Tags, <<'b'>>) "
                + "WHERE Artist = 'Acme' AND SongTitle = 'One' AND Plays < 5 RETURNING MODIFIED NEW *", null);

        assertEquals(json("[{'Plays':{'N':'2'},'Tags':{'SS':['a','b']}}]"), output.get("Items"));
    }

    @Test
    void updateOfAMissingItemFailsItsCondition() {
        AwsServiceException error = assertThrows(AwsServiceException.class,
                () -> statement("UPDATE Music SET Plays = 1 WHERE Artist = 'Nobody' AND SongTitle = 'None'", null));

        assertEquals("ConditionalCheckFailedException", error.errorCode());
        assertEquals("The conditional request failed", error.getMessage());
    }

    @Test
    void deleteOfAMissingItemSucceedsButAnExistingOneMustMeetTheConditions() {
        statement("INSERT INTO Music VALUE {'Artist': 'Acme', 'SongTitle': 'One', 'Plays': 1}", null);

        statement("DELETE FROM Music WHERE Artist = 'Nobody' AND SongTitle = 'None' AND Plays > 3", null);
        AwsServiceException refused = assertThrows(AwsServiceException.class,
                () -> statement("DELETE FROM Music WHERE Artist = 'Acme' AND SongTitle = 'One' AND Plays > 3", null));
        JsonNode deleted = statement("DELETE FROM Music WHERE Artist = 'Acme' AND SongTitle = 'One' "
                + "RETURNING ALL OLD *", null);

        assertEquals("ConditionalCheckFailedException", refused.errorCode());
        assertEquals("Acme", deleted.at("/Items/0/Artist/S").asText());
        assertEquals(0, statement("SELECT * FROM Music", null).get("Items").size());
    }

    @Test
    void selectsPageWithNextToken() {
        for (String title : List.of("a", "b", "c")) {
            statement("INSERT INTO Music VALUE {'Artist': 'Acme', 'SongTitle': ?}", "[{'S':'" + title + "'}]");
        }
        List<String> titles = new ArrayList<>();
        String nextToken = null;
        int pages = 0;
        do {
            ObjectNode input = MAPPER.createObjectNode().put("Statement",
                    "SELECT SongTitle FROM Music WHERE Artist = 'Acme' ORDER BY SongTitle DESC").put("Limit", 2);
            if (nextToken != null) {
                input.put("NextToken", nextToken);
            }
            JsonNode page = partiql.executeStatement(input, CONTEXT);
            page.get("Items").forEach(item -> titles.add(item.at("/SongTitle/S").asText()));
            nextToken = page.has("NextToken") ? page.get("NextToken").asText() : null;
            pages++;
        } while (nextToken != null);

        assertEquals(List.of("c", "b", "a"), titles);
        assertTrue(pages >= 2);
    }

    @Test
    void scansFilterOnTheWholeWhereClause() {
        statement("INSERT INTO Music VALUE {'Artist': 'Acme', 'SongTitle': 'One', 'Plays': 10}", null);
        statement("INSERT INTO Music VALUE {'Artist': 'Other', 'SongTitle': 'Two', 'Plays': 1}", null);

        JsonNode output = statement("SELECT Artist FROM Music WHERE Plays > 5 OR Artist = 'Nobody'", null);

        assertEquals(json("[{'Artist':{'S':'Acme'}}]"), output.get("Items"));
    }

    @Test
    void batchReadsGetEachItemByItsKey() {
        statement("INSERT INTO Music VALUE {'Artist': 'Acme', 'SongTitle': 'One'}", null);

        JsonNode output = partiql.batchExecuteStatement(json("{'Statements':["
                + "{'Statement':\"SELECT * FROM Music WHERE Artist = 'Acme' AND SongTitle = 'One'\"},"
                + "{'Statement':\"SELECT * FROM Music WHERE Artist = 'Acme' AND SongTitle = 'Two'\"},"
                + "{'Statement':\"SELECT * FROM Nope WHERE Artist = 'Acme' AND SongTitle = 'Two'\"}]}"),
                CONTEXT);

        assertEquals("One", output.at("/Responses/0/Item/SongTitle/S").asText());
        assertEquals(json("{'TableName':'Music'}"), output.at("/Responses/1"));
        assertEquals("ResourceNotFound", output.at("/Responses/2/Error/Code").asText());
    }

    @Test
    void batchWritesReportEachFailure() {
        statement("INSERT INTO Music VALUE {'Artist': 'Acme', 'SongTitle': 'One'}", null);

        JsonNode output = partiql.batchExecuteStatement(json("{'Statements':["
                + "{'Statement':\"INSERT INTO Music VALUE {'Artist': 'Acme', 'SongTitle': 'One'}\"},"
                + "{'Statement':\"INSERT INTO Music VALUE {'Artist': 'Acme', 'SongTitle': 'Two'}\"}]}"),
                CONTEXT);

        assertEquals("DuplicateItem", output.at("/Responses/0/Error/Code").asText());
        assertFalse(output.at("/Responses/1").has("Error"));
        assertEquals(2, statement("SELECT * FROM Music", null).get("Items").size());
    }

    private JsonNode statement(String statement, String parameters) {
        ObjectNode input = MAPPER.createObjectNode().put("Statement", statement);
        if (parameters != null) {
            input.set("Parameters", json(parameters));
        }
        return partiql.executeStatement(input, CONTEXT);
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
