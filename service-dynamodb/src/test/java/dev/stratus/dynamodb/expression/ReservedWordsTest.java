package dev.stratus.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReservedWordsTest {

    @Test
    void holdsDynamoDbsWholeList() {
        assertEquals(573, ReservedWords.count());
    }

    @Test
    void matchesInAnyLetterCase() {
        assertTrue(ReservedWords.isReserved("status"));
        assertTrue(ReservedWords.isReserved("Timestamp"));
        assertTrue(ReservedWords.isReserved("ZONE"));
        assertFalse(ReservedWords.isReserved("colour"));
    }
}
