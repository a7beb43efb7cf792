package dev.stratus.dynamodb.partiql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DuplicateItemException;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** ExecuteStatement, BatchExecuteStatement and ExecuteTransaction through the SDK. */
@ExtendWith(StratusExtension.class)
class PartiqlStatementsTest {

    @BeforeAll
    static void createMusic(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName("Music").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("Artist").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("SongTitle").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("Album").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("Artist").keyType(KeyType.HASH),
                        k -> k.attributeName("SongTitle").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName("ByAlbum")
                        .keySchema(k -> k.attributeName("Album").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL))));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    private static ExecuteStatementResponse execute(DynamoDbClient dynamo, String statement, AttributeValue... parameters) {
        return dynamo.executeStatement(b -> {
            b.statement(statement);
            if (parameters.length > 0) {
                b.parameters(parameters);
            }
        });
    }

    private static void insert(DynamoDbClient dynamo, String artist, String title, String album, int plays) {
        execute(dynamo, "INSERT INTO \"Music\" VALUE {'Artist': ?, 'SongTitle': ?, 'Album': ?, 'Plays': ?}",
                s(artist), s(title), s(album), n(Integer.toString(plays)));
    }

    private static Map<String, AttributeValue> get(DynamoDbClient dynamo, String artist, String title) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName("Music")
                .key(Map.of("Artist", s(artist), "SongTitle", s(title)))).item();
        return item.isEmpty() ? null : item;
    }

    @Test
    void selectWithKeyFilterProjectionAndParameters(DynamoDbClient dynamo) {
        insert(dynamo, "Sel", "One", "S1", 1);
        insert(dynamo, "Sel", "Two", "S1", 7);
        insert(dynamo, "Sel", "Three", "S1", 9);

        List<Map<String, AttributeValue>> items = execute(dynamo,
                "SELECT SongTitle, Plays FROM \"Music\" WHERE Artist = ? AND Plays > ?", s("Sel"), n("5")).items();

        assertEquals(List.of(Map.of("SongTitle", s("Three"), "Plays", n("9")),
                Map.of("SongTitle", s("Two"), "Plays", n("7"))), items);
    }

    @Test
    void selectPagesWithNextToken(DynamoDbClient dynamo) {
        for (int i = 0; i < 5; i++) {
            insert(dynamo, "Pager", "Song" + i, "P1", i);
        }

        List<String> titles = new ArrayList<>();
        String nextToken = null;
        int pages = 0;
        do {
            String token = nextToken;
            ExecuteStatementResponse page = dynamo.executeStatement(b -> b
                    .statement("SELECT * FROM Music WHERE Artist = 'Pager'").limit(2).nextToken(token));
            page.items().forEach(item -> titles.add(item.get("SongTitle").s()));
            nextToken = page.nextToken();
            pages++;
        } while (nextToken != null);

        assertEquals(List.of("Song0", "Song1", "Song2", "Song3", "Song4"), titles);
        assertTrue(pages >= 3);
    }

    @Test
    void selectFromAnIndexNamedAfterItsTable(DynamoDbClient dynamo) {
        insert(dynamo, "Idx", "Only", "IndexedAlbum", 3);

        List<Map<String, AttributeValue>> items = execute(dynamo,
                "SELECT * FROM \"Music\".\"ByAlbum\" WHERE Album = ?", s("IndexedAlbum")).items();

        assertEquals(1, items.size());
        assertEquals("Idx", items.get(0).get("Artist").s());
    }

    @Test
    void insertingAnExistingKeyIsADuplicateItem(DynamoDbClient dynamo) {
        insert(dynamo, "Dup", "Same", "D1", 1);

        DuplicateItemException error = assertThrows(DuplicateItemException.class,
                () -> insert(dynamo, "Dup", "Same", "D2", 2));

        assertEquals("Duplicate primary key exists in table", error.awsErrorDetails().errorMessage());
        assertEquals("D1", get(dynamo, "Dup", "Same").get("Album").s());
    }

    @Test
    void updateSetsAndRemovesAttributes(DynamoDbClient dynamo) {
        insert(dynamo, "Upd", "Song", "U1", 1);

        execute(dynamo, "UPDATE \"Music\" SET Plays = Plays + ? REMOVE Album WHERE Artist = 'Upd' AND SongTitle = 'Song'",
                n("10"));

        Map<String, AttributeValue> item = get(dynamo, "Upd", "Song");
        assertEquals("11", item.get("Plays").n());
        assertFalse(item.containsKey("Album"));
    }

    @Test
    void deleteRemovesTheItem(DynamoDbClient dynamo) {
        insert(dynamo, "Del", "Song", "X1", 1);

        execute(dynamo, "DELETE FROM \"Music\" WHERE Artist = ? AND SongTitle = ?", s("Del"), s("Song"));

        assertNull(get(dynamo, "Del", "Song"));
    }

    @Test
    void batchExecuteStatementAnswersEachStatementOnItsOwn(DynamoDbClient dynamo) {
        insert(dynamo, "Batch", "Old", "B1", 1);

        List<BatchStatementResponse> responses = dynamo.batchExecuteStatement(b -> b.statements(
                s -> s.statement("INSERT INTO Music VALUE {'Artist': 'Batch', 'SongTitle': 'New'}"),
                s -> s.statement("INSERT INTO Music VALUE {'Artist': 'Batch', 'SongTitle': 'Old'}"))).responses();

        assertNull(responses.get(0).error());
        assertEquals("DuplicateItem", responses.get(1).error().codeAsString());
        assertTrue(get(dynamo, "Batch", "New") != null);
    }

    @Test
    void executeTransactionWritesEveryStatementOrNone(DynamoDbClient dynamo) {
        insert(dynamo, "Tx", "Taken", "T1", 1);

        assertThrows(TransactionCanceledException.class, () -> dynamo.executeTransaction(b -> b.transactStatements(
                ParameterizedStatement.builder().statement("INSERT INTO Music VALUE {'Artist': 'Tx', 'SongTitle': 'Free'}")
                        .build(),
                ParameterizedStatement.builder().statement("INSERT INTO Music VALUE {'Artist': 'Tx', 'SongTitle': 'Taken'}")
                        .build())));
        assertNull(get(dynamo, "Tx", "Free"));

        dynamo.executeTransaction(b -> b.transactStatements(
                ParameterizedStatement.builder().statement("INSERT INTO Music VALUE {'Artist': 'Tx', 'SongTitle': 'Free'}")
                        .build(),
                ParameterizedStatement.builder().statement("UPDATE Music SET Plays = 2 WHERE Artist = ? AND SongTitle = ?")
                        .parameters(s("Tx"), s("Taken")).build()));
        assertEquals("2", get(dynamo, "Tx", "Taken").get("Plays").n());
        assertTrue(get(dynamo, "Tx", "Free") != null);
    }

    @Test
    void executeTransactionWithTheSameClientRequestTokenWritesOnce(DynamoDbClient dynamo) {
        insert(dynamo, "TxToken", "Song", "K1", 0);
        ParameterizedStatement play = ParameterizedStatement.builder()
                .statement("UPDATE Music SET Plays = Plays + 1 WHERE Artist = 'TxToken' AND SongTitle = 'Song'").build();

        dynamo.executeTransaction(b -> b.clientRequestToken("play-once").transactStatements(play));
        dynamo.executeTransaction(b -> b.clientRequestToken("play-once").transactStatements(play));

        assertEquals("1", get(dynamo, "TxToken", "Song").get("Plays").n());
    }

    @Test
    void executeTransactionReadsItemsInStatementOrder(DynamoDbClient dynamo) {
        insert(dynamo, "TxRead", "A", "R1", 1);

        List<ItemResponse> responses = dynamo.executeTransaction(b -> b.transactStatements(
                ParameterizedStatement.builder().statement("SELECT * FROM Music WHERE Artist = 'TxRead' AND SongTitle = 'B'")
                        .build(),
                ParameterizedStatement.builder().statement("SELECT Plays FROM Music WHERE Artist = 'TxRead' AND SongTitle = 'A'")
                        .build())).responses();

        assertEquals(2, responses.size());
        assertFalse(responses.get(0).hasItem());
        assertEquals(Map.of("Plays", n("1")), responses.get(1).item());
    }
}
