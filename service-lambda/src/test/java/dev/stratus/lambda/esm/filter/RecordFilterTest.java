package dev.stratus.lambda.esm.filter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordFilterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode activeOrder = record("INSERT", "order#17", "Active", 42);

    @Test
    void exactValuesMatchAnyOfTheListedValues() {
        assertTrue(matches("{\"eventName\":[\"MODIFY\",\"INSERT\"]}"));
        assertFalse(matches("{\"eventName\":[\"REMOVE\"]}"));
    }

    @Test
    void prefixAndSuffixMatchTheStartAndEnd() {
        assertTrue(matches("{\"dynamodb\":{\"Keys\":{\"pk\":{\"S\":[{\"prefix\":\"order#\"}]}}}}"));
        assertTrue(matches("{\"dynamodb\":{\"Keys\":{\"pk\":{\"S\":[{\"suffix\":\"#17\"}]}}}}"));
        assertFalse(matches("{\"dynamodb\":{\"Keys\":{\"pk\":{\"S\":[{\"prefix\":\"user#\"}]}}}}"));
    }

    @Test
    void anythingButExcludesTheListedValues() {
        assertTrue(matches("{\"eventName\":[{\"anything-but\":[\"REMOVE\"]}]}"));
        assertFalse(matches("{\"eventName\":[{\"anything-but\":[\"INSERT\"]}]}"));
        assertFalse(matches("{\"eventName\":[{\"anything-but\":{\"prefix\":\"INS\"}}]}"));
    }

    @Test
    void numericRangesCompareNumbers() {
        assertTrue(matches("{\"dynamodb\":{\"SizeBytes\":[{\"numeric\":[\">\",10,\"<=\",42]}]}}"));
        assertFalse(matches("{\"dynamodb\":{\"SizeBytes\":[{\"numeric\":[\"<\",42]}]}}"));
    }

    @Test
    void existsTestsWhetherTheAttributeIsThere() {
        assertTrue(matches("{\"dynamodb\":{\"NewImage\":{\"status\":{\"S\":[{\"exists\":true}]}}}}"));
        assertTrue(matches("{\"dynamodb\":{\"NewImage\":{\"missing\":{\"S\":[{\"exists\":false}]}}}}"));
        assertFalse(matches("{\"dynamodb\":{\"NewImage\":{\"missing\":{\"S\":[{\"exists\":true}]}}}}"));
    }

    @Test
    void equalsIgnoreCaseIgnoresCase() {
        assertTrue(matches("{\"dynamodb\":{\"NewImage\":{\"status\":{\"S\":[{\"equals-ignore-case\":\"ACTIVE\"}]}}}}"));
    }

    @Test
    void orMatchesWhenAnyAlternativeMatches() {
        assertTrue(matches("{\"$or\":[{\"eventName\":[\"REMOVE\"]},{\"dynamodb\":{\"NewImage\":{\"status\":{\"S\":[\"Active\"]}}}}]}"));
        assertFalse(matches("{\"$or\":[{\"eventName\":[\"REMOVE\"]},{\"eventName\":[\"MODIFY\"]}]}"));
    }

    @Test
    void fieldsOfOnePatternMustAllMatch() {
        assertFalse(matches("{\"eventName\":[\"INSERT\"],\"dynamodb\":{\"NewImage\":{\"status\":{\"S\":[\"Closed\"]}}}}"));
    }

    @Test
    void aRecordPassesWhenAnyPatternMatches() {
        RecordFilter filter = RecordFilter.of(List.of("{\"eventName\":[\"REMOVE\"]}", "{\"eventName\":[\"INSERT\"]}"));
        assertTrue(filter.matches(activeOrder));
    }

    @Test
    void withoutPatternsEveryRecordPasses() {
        assertTrue(RecordFilter.acceptAll().matches(activeOrder));
    }

    @Test
    void malformedPatternsAreRefused() {
        for (String pattern : List.of("{\"eventName\":\"INSERT\"}", "{}", "not json", "{\"a\":[{\"bogus\":1}]}", "[1]")) {
            assertThrows(RecordFilter.InvalidPatternException.class, () -> RecordFilter.of(List.of(pattern)), pattern);
        }
    }

    private boolean matches(String pattern) {
        return RecordFilter.of(List.of(pattern)).matches(activeOrder);
    }

    private static JsonNode record(String eventName, String key, String status, int size) {
        try {
            return MAPPER.readTree("{\"eventName\":\"" + eventName + "\",\"eventSource\":\"aws:dynamodb\",\"dynamodb\":{"
                    + "\"Keys\":{\"pk\":{\"S\":\"" + key + "\"}},\"NewImage\":{\"pk\":{\"S\":\"" + key + "\"},"
                    + "\"status\":{\"S\":\"" + status + "\"}},\"SizeBytes\":" + size + "}}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
