package dev.stratus.sns.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.sns.delivery.MessageAttribute;
import dev.stratus.spi.AwsServiceException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterPolicyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static boolean matches(String policy, Map<String, MessageAttribute> attributes) {
        return FilterPolicy.parse(JSON, policy).matchesAttributes(attributes, JSON);
    }

    private static MessageAttribute string(String value) {
        return new MessageAttribute("String", value, null);
    }

    private static MessageAttribute number(String value) {
        return new MessageAttribute("Number", value, null);
    }

    @Test
    void exactStringsMatchAnyOfTheListedValues() {
        assertTrue(matches("{\"kind\":[\"bark\",\"howl\"]}", Map.of("kind", string("howl"))));
        assertFalse(matches("{\"kind\":[\"bark\"]}", Map.of("kind", string("purr"))));
        assertFalse(matches("{\"kind\":[\"bark\"]}", Map.of()));
    }

    @Test
    void everyKeyOfThePolicyMustMatch() {
        String policy = "{\"kind\":[\"bark\"],\"size\":[\"big\"]}";

        assertTrue(matches(policy, Map.of("kind", string("bark"), "size", string("big"))));
        assertFalse(matches(policy, Map.of("kind", string("bark"), "size", string("small"))));
    }

    @Test
    void prefixAndAnythingButCompareStrings() {
        assertTrue(matches("{\"kind\":[{\"prefix\":\"ba\"}]}", Map.of("kind", string("bark"))));
        assertTrue(matches("{\"kind\":[{\"anything-but\":[\"purr\",\"hiss\"]}]}", Map.of("kind", string("bark"))));
        assertFalse(matches("{\"kind\":[{\"anything-but\":\"bark\"}]}", Map.of("kind", string("bark"))));
        assertFalse(matches("{\"kind\":[{\"anything-but\":{\"prefix\":\"ba\"}}]}", Map.of("kind", string("bark"))));
        assertFalse(matches("{\"kind\":[{\"anything-but\":\"purr\"}]}", Map.of()));
    }

    @Test
    void numericConditionsCompareNumbers() {
        String policy = "{\"volume\":[{\"numeric\":[\">\",0,\"<=\",5]}]}";

        assertTrue(matches(policy, Map.of("volume", number("5"))));
        assertFalse(matches(policy, Map.of("volume", number("6"))));
        assertTrue(matches("{\"volume\":[3]}", Map.of("volume", number("3.0"))));
        assertFalse(matches("{\"volume\":[3]}", Map.of("volume", string("3"))));
    }

    @Test
    void existsMatchesOnPresenceOrAbsence() {
        assertTrue(matches("{\"kind\":[{\"exists\":true}]}", Map.of("kind", string("any"))));
        assertTrue(matches("{\"kind\":[{\"exists\":false}]}", Map.of()));
        assertFalse(matches("{\"kind\":[{\"exists\":false}]}", Map.of("kind", string("any"))));
    }

    @Test
    void stringArraysMatchWhenAnyElementDoes() {
        assertTrue(matches("{\"tags\":[\"loud\"]}",
                Map.of("tags", new MessageAttribute("String.Array", "[\"quiet\",\"loud\"]", null))));
    }

    @Test
    void theBodyScopeMatchesNestedPropertiesOfTheJsonMessage() {
        FilterPolicy policy = FilterPolicy.parse(JSON, "{\"dog\":{\"name\":[{\"prefix\":\"Re\"}]}}");

        assertTrue(policy.matchesBody("{\"dog\":{\"name\":\"Rex\"}}", JSON));
        assertFalse(policy.matchesBody("{\"dog\":{\"name\":\"Fido\"}}", JSON));
        assertFalse(policy.matchesBody("not json", JSON));
    }

    @Test
    void malformedPoliciesAreRefused() {
        AwsServiceException error = assertThrows(AwsServiceException.class, () -> FilterPolicy.parse(JSON, "{"));

        assertEquals("InvalidParameterException", error.errorCode());
        assertThrows(AwsServiceException.class, () -> FilterPolicy.parse(JSON, "{\"kind\":\"bark\"}"));
        assertThrows(AwsServiceException.class, () -> FilterPolicy.parse(JSON, "{\"kind\":[{\"wildcard\":\"*\"}]}"));
        assertThrows(AwsServiceException.class, () -> FilterPolicy.parse(JSON, "{\"n\":[{\"numeric\":[\"~\",1]}]}"));
    }
}
