package dev.stratus.spi.protocol.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The model-driven translation between query parameters, JSON and XML. */
class QueryModelTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();



    private static final String RESOURCE = "test-query.json";

    private final QueryModel model = QueryModel.read(MAPPER, QueryModelTest.class, RESOURCE);

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

    @Test
    void aModelReadAtOnceTranslatesAsOneReadOnFirstUse() {
        QueryModel readAtOnce = QueryModel.read(MAPPER, QueryModelTest.class.getResourceAsStream(RESOURCE));
        QueryParameters parameters = QueryParameters.parse("Name=a&Attribute.1.Name=k&Attribute.1.Value=v");

        assertEquals(model.input("Put", parameters), readAtOnce.input("Put", parameters));
        assertEquals(model.xmlNamespace(), readAtOnce.xmlNamespace());
    }

    @Test
    void aMissingModelFailsWhenItIsNamedNotWhenItIsFirstUsed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> QueryModel.read(MAPPER, QueryModelTest.class, "missing.json"));

        assertEquals("API model not found: missing.json", e.getMessage());
    }

    @Test
    void aModelIsParsedOnceForAllThreads() throws Exception {
        QueryModel shared = QueryModel.read(MAPPER, QueryModelTest.class, RESOURCE);
        List<Callable<String>> readers = Collections.nCopies(8, shared::xmlNamespace);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (Future<String> read : threads.invokeAll(readers)) {
                assertEquals("urn:test", read.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
