package dev.stratus.spi.protocol.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShapeRulesTest {

    private static final ServiceModel MODEL = ServiceModel.fromResource(ShapeRulesTest.class, "test-service-2.json");
    private static final ShapeRules CREATE_THING = ShapeRules.ofInputs(MODEL, new Amendments(Map.of(),
            Map.of("Owner", Set.of("Since")),
            List.of(new Amendments.Substitution("Note", node -> !node.asText().startsWith("id:"), "ThingName"))))
            .get("CreateThing");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            valid input                          |{'ThingName':'abc'}|true
            members in another order             |{'Kind':'SMALL','Limit':5,'ThingName':'abc'}|true
            members unknown to the model         |{'Colour':'','ThingName':'abc'}|true
            required member missing              |{'Kind':'SMALL'}|false
            required member null                 |{'ThingName':null,'Kind':'SMALL'}|false
            optional member null                 |{'ThingName':'abc','Kind':null}|true
            last member breaks a constraint      |{'ThingName':'abc','Kind':'SMALL','Limit':0}|false
            wrong JSON type breaks nothing       |{'ThingName':'abc','Limit':'ten','Owner':[]}|true
            member also required, missing        |{'ThingName':'abc','Owner':{'Id':'a'}}|false
            member also required, present        |{'ThingName':'abc','Owner':{'Id':'a','Since':1}}|true
            substituted value breaks its shape   |{'ThingName':'abc','Note':'ab'}|false
            value kept out of the substitution   |{'ThingName':'abc','Note':'id:ab'}|true
            list element breaks a constraint     |{'ThingName':'abc','Labels':['a','toolong']}|false
            structure in a list misses a member  |{'ThingName':'abc','Parts':[{'PartName':'a','Kind':'SMALL'},{'PartName':'b'}]}|false
            map key breaks a constraint          |{'ThingName':'abc','Settings':{'toolong':{}}}|false
            map value list breaks its length     |{'ThingName':'abc','Groups':{'abc':[]}}|false
            value in a map in a map breaks       |{'ThingName':'abc','Matrix':{'a':{'b':0}}}|false
            size of a map in a map is not checked|{'ThingName':'abc','Matrix':{'a':{'b':1,'c':2}}}|true
            """)
    void acceptsExactlyWhatBreaksNothing(String description, String input, boolean accepted) {
        assertEquals(accepted, CREATE_THING.accepts(json(input)));
    }

    private static JsonNode json(String singleQuoted) {
        try {
            return new ObjectMapper().readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }
}
