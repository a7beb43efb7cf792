package dev.stratus.dynamodb.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.dynamodb.LetterTables;
import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.InvalidRestoreTimeException;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryDescription;
import software.amazon.awssdk.services.dynamodb.model.TableAlreadyExistsException;

class PointInTimeHistoryTest {

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().withTestClock().build();

    private final DynamoDbClient dynamo = stratus.client(DynamoDbClient.class);

    private void enable(String table, int days) {
        dynamo.updateContinuousBackups(b -> b.tableName(table)
                .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(days)));
    }

    private PointInTimeRecoveryDescription recovery(String table) {
        return dynamo.describeContinuousBackups(b -> b.tableName(table)).continuousBackupsDescription()
                .pointInTimeRecoveryDescription();
    }

    private Instant minuteLater() {
        stratus.clock().advance(Duration.ofMinutes(1));
        Instant now = stratus.clock().instant();
        stratus.clock().advance(Duration.ofMinutes(1));
        return now;
    }

    private Set<String> ids(String table) {
        return dynamo.scan(b -> b.tableName(table)).items().stream().map(item -> item.get("id").s())
                .collect(Collectors.toSet());
    }

    private void restore(String source, String target, Instant time) {
        dynamo.restoreTableToPointInTime(b -> b.sourceTableName(source).targetTableName(target)
                .restoreDateTime(time));
    }

    @Test
    void aRestoreToAnEarlierTimeShowsTheTableAndItsIndexAsTheyWereThen() {
        LetterTables.create(dynamo, "Ledger");
        enable("Ledger", 35);
        LetterTables.put(dynamo, "Ledger", "kept");
        LetterTables.put(dynamo, "Ledger", "deletedLater");
        Instant before = minuteLater();
        dynamo.putItem(b -> b.tableName("Ledger").item(Map.of("id", AttributeValue.fromS("kept"),
                "kind", AttributeValue.fromS("memo"))));
        dynamo.deleteItem(b -> b.tableName("Ledger").key(Map.of("id", AttributeValue.fromS("deletedLater"))));
        LetterTables.put(dynamo, "Ledger", "addedLater");

        restore("Ledger", "LedgerThen", before);

        assertEquals(Set.of("kept", "deletedLater"), ids("LedgerThen"));
        assertEquals(2, LetterTables.countByKind(dynamo, "LedgerThen"));
        assertEquals(2L, dynamo.describeTable(b -> b.tableName("LedgerThen")).table().itemCount());
        assertEquals(Set.of("kept", "addedLater"), ids("Ledger"));
    }

    @Test
    void eachRestoreTimeSeesTheWritesCommittedUpToIt() {
        LetterTables.create(dynamo, "Journal");
        enable("Journal", 35);
        LetterTables.put(dynamo, "Journal", "first");
        Instant afterFirst = minuteLater();
        LetterTables.put(dynamo, "Journal", "second");
        Instant afterSecond = minuteLater();
        dynamo.deleteItem(b -> b.tableName("Journal").key(Map.of("id", AttributeValue.fromS("first"))));

        restore("Journal", "JournalOne", afterFirst);
        restore("Journal", "JournalTwo", afterSecond);
        dynamo.restoreTableToPointInTime(b -> b.sourceTableName("Journal").targetTableName("JournalNow")
                .useLatestRestorableTime(true));

        assertEquals(Set.of("first"), ids("JournalOne"));
        assertEquals(Set.of("first", "second"), ids("JournalTwo"));
        assertEquals(Set.of("second"), ids("JournalNow"));
    }

    @Test
    void theLatestRestorableTimeIsNowAndALaterTimeIsRefused() {
        LetterTables.create(dynamo, "Current");
        enable("Current", 35);

        Instant latest = recovery("Current").latestRestorableDateTime();
        InvalidRestoreTimeException error = assertThrows(InvalidRestoreTimeException.class,
                () -> restore("Current", "CurrentCopy", stratus.clock().instant().plusSeconds(60)));

        assertEquals(stratus.clock().instant().toEpochMilli(), latest.toEpochMilli());
        assertEquals("Restore time is invalid: it must be between the earliest and latest restorable times",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void theEarliestRestorableTimeFollowsTheRecoveryPeriod() {
        LetterTables.create(dynamo, "Aging");
        enable("Aging", 1);
        LetterTables.put(dynamo, "Aging", "old");
        stratus.clock().advance(Duration.ofDays(2));
        LetterTables.put(dynamo, "Aging", "new");

        Instant earliest = recovery("Aging").earliestRestorableDateTime();
        restore("Aging", "AgingEarliest", earliest);

        assertEquals(stratus.clock().instant().minus(Duration.ofDays(1)).toEpochMilli(), earliest.toEpochMilli());
        assertEquals(Set.of("old"), ids("AgingEarliest"));
        assertThrows(InvalidRestoreTimeException.class,
                () -> restore("Aging", "AgingTooEarly", earliest.minusSeconds(1)));
    }

    @Test
    void reEnablingRecoveryStartsTheWindowAgain() {
        LetterTables.create(dynamo, "Toggling");
        enable("Toggling", 35);
        LetterTables.put(dynamo, "Toggling", "forgotten");
        Instant whileEnabled = minuteLater();
        dynamo.updateContinuousBackups(b -> b.tableName("Toggling")
                .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(false)));
        enable("Toggling", 35);

        assertEquals(stratus.clock().instant().toEpochMilli(),
                recovery("Toggling").earliestRestorableDateTime().toEpochMilli());
        assertThrows(InvalidRestoreTimeException.class, () -> restore("Toggling", "TogglingCopy", whileEnabled));
    }

    @Test
    void aRestoreBySourceArnOntoAnExistingTableIsRefused() {
        LetterTables.create(dynamo, "Origin");
        LetterTables.create(dynamo, "Occupied");
        enable("Origin", 35);
        String arn = dynamo.describeTable(b -> b.tableName("Origin")).table().tableArn();

        TableAlreadyExistsException error = assertThrows(TableAlreadyExistsException.class,
                () -> dynamo.restoreTableToPointInTime(b -> b.sourceTableArn(arn).targetTableName("Occupied")
                        .useLatestRestorableTime(true)));

        assertEquals("Table already exists: Occupied", error.awsErrorDetails().errorMessage());
    }
}
