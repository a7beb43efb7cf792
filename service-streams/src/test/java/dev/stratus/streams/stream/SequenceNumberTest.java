package dev.stratus.streams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SequenceNumberTest {

    @Test
    void textIsTwentyOneDecimalDigits() {
        assertEquals("100000000000000000000", new SequenceNumber(0).text());
        assertEquals("100000000000000000042", new SequenceNumber(42).text());
        assertEquals(21, new SequenceNumber(Long.MAX_VALUE).text().length());
    }

    @Test
    void textComparesAsNumbersDo() {
        String nine = new SequenceNumber(9).text();
        String ten = new SequenceNumber(10).text();
        assertTrue(nine.compareTo(ten) < 0);
        assertTrue(new BigInteger(nine).compareTo(new BigInteger(ten)) < 0);
    }

    @Test
    void parsingReadsBackWhatTextWrote() {
        for (long value : new long[] {0, 1, 999, 123_456_789_012L, Long.MAX_VALUE}) {
            assertEquals(Optional.of(new SequenceNumber(value)),
                    SequenceNumber.parse(new SequenceNumber(value).text()));
        }
    }

    @Test
    void parsingRefusesWhatStratusCouldNotHaveIssued() {
        assertEquals(Optional.empty(), SequenceNumber.parse(null));
        assertEquals(Optional.empty(), SequenceNumber.parse(""));
        assertEquals(Optional.empty(), SequenceNumber.parse("12a"));
        assertEquals(Optional.empty(), SequenceNumber.parse("-100000000000000000001"));
        assertEquals(Optional.empty(), SequenceNumber.parse("42"));
        assertEquals(Optional.empty(), SequenceNumber.parse("999999999999999999999999999999"));
    }
}
