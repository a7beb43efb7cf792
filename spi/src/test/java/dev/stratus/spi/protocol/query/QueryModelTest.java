package dev.stratus.spi.protocol.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The model-driven translation between query parameters, JSON and XML. */
class QueryModelTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String MODEL = """
            {"metadata": {"xmlNamespace": "urn:test"},
             "operations": {
               "Put": {"input": {"shape": "PutRequest"},
                       "output": {"shape": "PutResult", "resultWrapper": "PutResult"}},
               "Drop": {"input": {"shape": "PutRequest"}}},
             "shapes": {
               "PutRequest": {"type": "structure", "members": {
                 "Name": {"shape": "String"},
                 "Count": {"shape": "Integer"},
                 "Enabled": {"shape": "Boolean"},
                 "Names": {"shape": "NameList"},
                 "Ids": {"shape": "IdList"},
                 "Attributes": {"shape": "AttributeMap", "locationName": "Attribute"},
                 "Entries": {"shape": "EntryList"}}},
               "PutResult": {"type": "structure", "members": {
                 "Names": {"shape": "NameList"},
                 "Ids": {"shape": "IdList"},
                 "Attributes": {"shape": "AttributeMap", "locationName": "Attribute"},
                 "Inner": {"shape": "Entry"}}},
               "NameList": {"type": "list", "member": {"shape": "String", "locationName": "Name"}, "flattened": true},
               "IdList": {"type": "list", "member": {"shape": "String"}},
               "AttributeMap": {"type": "map", "key": {"shape": "String", "locationName": "Name"},
                                "value": {"shape": "String", "locationName": "Value"}, "flattened": true},
               "EntryList": {"type": "list", "member": {"shape": "Entry", "locationName": "Entry"}, "flattened": true},
               "Entry": {"type": "structure", "members": {"Id": {"shape": "String"}, "Size": {"shape": "Integer"}}},
               "Missing": {"type": "structure", "members": {}, "error": {"code": "Legacy.Missing"}, "exception": true},
               "String": {"type": "string"}, "Integer": {"type": "integer"}, "Boolean": {"type": "boolean"}}}
            """;

    private final QueryModel model = QueryModel.read(MAPPER,
            new ByteArrayInputStream(MODEL.getBytes(StandardCharsets.UTF_8)));

    @Test
    void scalarsAreTypedByTheirShapes() {
        ObjectNode input = model.input("Put", QueryParameters.parse("Name=a%20b&Count=3&Enabled=true"));

        assertEquals("{\"Name\":\"a b\",\"Count\":3,\"Enabled\":true}", input.toString());
    }

    @Test
    void flattenedAndWrappedListsAreReadInIndexOrder() {
        ObjectNode input = model.input("Put", QueryParameters.parse(
                "Name.2=y&Name.1=x&Ids.member.1=i1&Ids.member.2=i2"));

        assertEquals("[\"x\",\"y\"]", input.get("Names").toString());
        assertEquals("[\"i1\",\"i2\"]", input.get("Ids").toString());
    }

    @Test
    void flattenedMapsAndListsOfStructuresAreRead() {
        ObjectNode input = model.input("Put", QueryParameters.parse(
                "Attribute.1.Name=k1&Attribute.1.Value=v1&Attribute.2.Name=k2&Attribute.2.Value=v2"
                        + "&Entry.1.Id=e1&Entry.1.Size=4"));

        assertEquals("{\"k1\":\"v1\",\"k2\":\"v2\"}", input.get("Attributes").toString());
        assertEquals("[{\"Id\":\"e1\",\"Size\":4}]", input.get("Entries").toString());
    }

    @Test
    void outputIsWrittenWithTheResultWrapperAndTheRequestId() throws Exception {
        ObjectNode output = (ObjectNode) MAPPER.readTree("""
                {"Names": ["x", "y"], "Ids": ["i"], "Attributes": {"k": "v"}, "Inner": {"Id": "<&>", "Size": 2}}""");

        String xml = new String(model.response("Put", output, "r-1"), StandardCharsets.UTF_8);

        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><PutResponse xmlns=\"urn:test\"><PutResult>"
                + "<Name>x</Name><Name>y</Name><Ids><member>i</member></Ids>"
                + "<Attribute><Name>k</Name><Value>v</Value></Attribute>"
                + "<Inner><Id>&lt;&amp;&gt;</Id><Size>2</Size></Inner>"
                + "</PutResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></PutResponse>", xml);
    }

    @Test
    void anOperationWithoutOutputAnswersOnlyTheMetadata() {
        String xml = new String(model.response("Drop", null, "r-2"), StandardCharsets.UTF_8);

        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><DropResponse xmlns=\"urn:test\">"
                + "<ResponseMetadata><RequestId>r-2</RequestId></ResponseMetadata></DropResponse>", xml);
    }

    @Test
    void errorShapesMapToTheirQueryCodes() {
        assertEquals("Legacy.Missing", model.queryErrorCode("Missing"));
        assertEquals("InvalidParameterValue", model.queryErrorCode("InvalidParameterValue"));
    }
}
