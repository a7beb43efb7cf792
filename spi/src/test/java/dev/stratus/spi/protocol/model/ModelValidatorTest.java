package dev.stratus.spi.protocol.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelValidatorTest {

    private static final ServiceModel MODEL = ServiceModel.fromResource(ModelValidatorTest.class, "test-service-2.json");
    private static final ModelValidator VALIDATOR = ModelValidator.builder(MODEL).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            valid input                    |{'ThingName':'abc'}|
            missing required member        |{}|Value null at 'thingName' failed to satisfy constraint: Member must not be null
            JSON null is missing           |{'ThingName':null}|Value null at 'thingName' failed to satisfy constraint: Member must not be null
            string too short               |{'ThingName':'ab'}|Value 'ab' at 'thingName' failed to satisfy constraint: Member must have length greater than or equal to 3
            string too long                |{'ThingName':'abcdefghi'}|Value 'abcdefghi' at 'thingName' failed to satisfy constraint: Member must have length less than or equal to 8
            pattern                        |{'ThingName':'abc1'}|Value 'abc1' at 'thingName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-z]+
            enum                           |{'ThingName':'abc','Kind':'HUGE'}|Value 'HUGE' at 'kind' failed to satisfy constraint: Member must satisfy enum value set: [SMALL, LARGE]
            value too small                |{'ThingName':'abc','Limit':0}|Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1
            value too large                |{'ThingName':'abc','Limit':101}|Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100
            empty string below min length  |{'ThingName':'abc','Token':''}|Value '' at 'token' failed to satisfy constraint: Member must have length greater than or equal to 1
            blob length counts bytes       |{'ThingName':'abc','Payload':'AAAAAA=='}|Value 'AAAAAA==' at 'payload' failed to satisfy constraint: Member must have length less than or equal to 3
            blob within length             |{'ThingName':'abc','Payload':'AAAA'}|
            empty list                     |{'ThingName':'abc','Parts':[]}|Value '[]' at 'parts' failed to satisfy constraint: Member must have length greater than or equal to 1
            list too long shows structures |{'ThingName':'abc','Parts':[{'PartName':'a','Kind':'SMALL'},{'PartName':'b','Kind':'SMALL'},{'PartName':'c','Kind':'LARGE'}]}|Value '[Part(partName=a, kind=SMALL), Part(partName=b, kind=SMALL), Part(partName=c, kind=LARGE)]' at 'parts' failed to satisfy constraint: Member must have length less than or equal to 2
            list element member path       |{'ThingName':'abc','Parts':[{'PartName':'a','Kind':'SMALL'},{'PartName':'b','Kind':'TINY'}]}|Value 'TINY' at 'parts.2.member.kind' failed to satisfy constraint: Member must satisfy enum value set: [SMALL, LARGE]
            required member in list        |{'ThingName':'abc','Parts':[{'Kind':'SMALL'}]}|Value null at 'parts.1.member.partName' failed to satisfy constraint: Member must not be null
            scalar list element            |{'ThingName':'abc','Labels':['a','toolong']}|Value '[a, toolong]' at 'labels' failed to satisfy constraint: Member must satisfy constraint: [Member must have length less than or equal to 4, Member must have length greater than or equal to 1]
            map too large                  |{'ThingName':'abc','Settings':{'a':{},'b':{},'c':{}}}|Value '{a=Setting(), b=Setting(), c=Setting()}' at 'settings' failed to satisfy constraint: Member must have length less than or equal to 2
            map value member path          |{'ThingName':'abc','Settings':{'a':{'Kind':'X'}}}|Value 'X' at 'settings.a.member.kind' failed to satisfy constraint: Member must satisfy enum value set: [SMALL, LARGE]
            map key constraint             |{'ThingName':'abc','Settings':{'toolong':{}}}|Value '{toolong=Setting()}' at 'settings' failed to satisfy constraint: Map key must satisfy constraint: [Member must have length less than or equal to 4, Member must have length greater than or equal to 1]
            map value list constraint      |{'ThingName':'abc','Groups':{'abc':[]}}|Value '{abc=[]}' at 'groups' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to 2, Member must have length greater than or equal to 1]
            map value list element path    |{'ThingName':'abc','Groups':{'abc':[{'PartName':'a'}]}}|Value null at 'groups.abc.member.1.member.kind' failed to satisfy constraint: Member must not be null
            nested structure               |{'ThingName':'abc','Owner':{'Since':0}}|Value null at 'owner.id' failed to satisfy constraint: Member must not be null; Value '0' at 'owner.since' failed to satisfy constraint: Member must have value greater than or equal to 1
            wrong JSON type left alone     |{'ThingName':'abc','Limit':'ten','Parts':'x','Owner':[]}|
            unconstrained string           |{'ThingName':'abc','Note':''}|
            members unknown to the model   |{'Colour':'','ThingName':'abc','Shade':{'Id':''}}|
            map value of a map             |{'ThingName':'abc','Matrix':{'a':{'b':0}}}|Value '{b=0}' at 'matrix.a.member' failed to satisfy constraint: Map value must satisfy constraint: [Member must have value less than or equal to 100, Member must have value greater than or equal to 1]
            size of a map in a map unchecked|{'ThingName':'abc','Matrix':{'a':{'b':1,'c':2}}}|
            """)
    void checksEachConstraintOfTheModel(String description, String input, String expected) {
        assertEquals(expected == null ? "" : expected, String.join("; ", VALIDATOR.violations("CreateThing", json(input))));
    }

    @Test
    void reportsEveryViolationInTheModelsMemberOrderPatternBeforeLength() {
        assertEquals(List.of(
                "Value 'a1' at 'thingName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-z]+",
                "Value 'a1' at 'thingName' failed to satisfy constraint: Member must have length greater than or equal to 3",
                "Value 'X' at 'kind' failed to satisfy constraint: Member must satisfy enum value set: [SMALL, LARGE]",
                "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1"),
                VALIDATOR.violations("CreateThing", json("{'Limit':0,'Kind':'X','ThingName':'a1'}")));
    }

    @Test
    void reportsAtMostTenViolations() {
        String parts = "{'PartName':''},".repeat(6);
        List<String> violations = VALIDATOR.violations("CreateThing",
                json("{'Groups':{'abc':[" + parts.substring(0, parts.length() - 1) + "]}}"));
        assertEquals(ModelValidator.MAX_REPORTED, violations.size());
        assertEquals("Value null at 'thingName' failed to satisfy constraint: Member must not be null", violations.get(0));
    }

    @Test
    void summaryCountsTheViolations() {
        assertEquals("1 validation error detected: a", ModelValidator.summary(List.of("a")));
        assertEquals("2 validation errors detected: a; b", ModelValidator.summary(List.of("a", "b")));
    }

    @Test
    void operationsWithoutInputOrUnknownToTheModelHaveNoViolations() {
        assertEquals(List.of(), VALIDATOR.violations("ListThings", json("{}")));
        assertEquals(List.of(), VALIDATOR.violations("Nothing", json("{}")));
    }

    @Test
    void amendmentsAddRequiredMembersWordEnumsAndSubstituteShapes() {
        ModelValidator amended = ModelValidator.builder(MODEL)
                .alsoRequired("CreateThingInput", "Kind")
                .enumWording("Kind", List.of("LARGE", "SMALL"))
                .substitute("Note", node -> !node.asText().startsWith("id:"), "ThingName")
                .build();
        assertEquals(List.of(
                "Value null at 'kind' failed to satisfy constraint: Member must not be null",
                "Value 'X' at 'parts.1.member.kind' failed to satisfy constraint: Member must satisfy enum value set: [LARGE, SMALL]",
                "Value 'ab' at 'note' failed to satisfy constraint: Member must have length greater than or equal to 3"),
                amended.violations("CreateThing", json("{'ThingName':'abc','Note':'ab','Parts':[{'PartName':'a','Kind':'X'}]}")));
        assertEquals(List.of(), amended.violations("CreateThing", json("{'ThingName':'abc','Kind':'SMALL','Note':'id:x'}")));
    }

    @Test
    void amendmentsMustNameWhatTheModelHas() {
        assertThrows(IllegalArgumentException.class,
                () -> ModelValidator.builder(MODEL).alsoRequired("CreateThingInput", "Colour"));
        assertThrows(IllegalArgumentException.class,
                () -> ModelValidator.builder(MODEL).enumWording("Kind", List.of("SMALL")));
        assertThrows(IllegalArgumentException.class,
                () -> ModelValidator.builder(MODEL).substitute("Nope", node -> true, "Note"));
    }

    private static JsonNode json(String singleQuoted) {
        try {
            return new ObjectMapper().readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }
}
