package dev.stratus.dynamodb.api.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.AwsServiceException;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributeValueCodecTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void roundTripsEveryKind() throws Exception {
        String json = "{\"s\":{\"S\":\"x\"},\"n\":{\"N\":\"1.5\"},\"b\":{\"B\":\"AQI=\"},\"t\":{\"BOOL\":true},"
                + "\"z\":{\"NULL\":true},\"ss\":{\"SS\":[\"b\",\"a\"]},\"ns\":{\"NS\":[\"2\",\"1\"]},"
                + "\"bs\":{\"BS\":[\"AQI=\"]},\"l\":{\"L\":[{\"S\":\"y\"},{\"N\":\"3\"}]},"
                + "\"m\":{\"M\":{\"k\":{\"S\":\"v\"},\"a\":{\"L\":[]}}}}";
        Map<String, AttributeValue> item = AttributeValueCodec.decodeItem(MAPPER.readTree(json));
        assertEquals(AttributeValue.ns("1", "2"), item.get("ns"));
        assertEquals(List.of("k", "a"), List.copyOf(((AttributeValue.M) item.get("m")).values().keySet()));
        assertEquals(MAPPER.readTree(json), AttributeValueCodec.encodeItem(item));
    }

    @Test
    void writesAnItemToAGeneratorByteForByteAsTheTreeSerialises() throws Exception {
        String json = "{\"s\":{\"S\":\"x \\\"q\\\" \\u00e9 \\ud83d\\ude00\\n\"},\"n\":{\"N\":\"1.50e1\"},"
                + "\"b\":{\"B\":\"AQI=\"},\"t\":{\"BOOL\":false},\"z\":{\"NULL\":true},\"ss\":{\"SS\":[\"b\",\"a\"]},"
                + "\"ns\":{\"NS\":[\"2\",\"-1\"]},\"bs\":{\"BS\":[\"AQI=\",\"\"]},"
                + "\"l\":{\"L\":[{\"S\":\"y\"},{\"L\":[]},{\"M\":{}}]},"
                + "\"m\":{\"M\":{\"k\":{\"S\":\"\"},\"a\":{\"M\":{\"x\":{\"NULL\":true}}}}}}";
        Map<String, AttributeValue> item = AttributeValueCodec.decodeItem(MAPPER.readTree(json));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = MAPPER.getFactory().createGenerator(bytes)) {
            AttributeValueCodec.writeItem(out, item);
        }
        assertArrayEquals(MAPPER.writeValueAsBytes(AttributeValueCodec.encodeItem(item)), bytes.toByteArray());
    }

    @Test
    void writesNumbersNormalised() throws Exception {
        AttributeValue value = AttributeValueCodec.decode(MAPPER.readTree("{\"N\":\"1.50e1\"}"));
        assertEquals("{\"N\":\"15\"}", AttributeValueCodec.encode(value).toString());
    }

    @Test
    void acceptsEmptyStringsAndBinaries() throws Exception {
        assertEquals(AttributeValue.s(""), AttributeValueCodec.decode(MAPPER.readTree("{\"S\":\"\"}")));
        assertEquals(AttributeValue.b(new byte[0]), AttributeValueCodec.decode(MAPPER.readTree("{\"B\":\"\"}")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}|Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
            "{\"a\":\"\"}|Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
            "{\"S\":null}|Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
            "{\"s\":\"a\"}|Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
            "{\"S\":null,\"a\":\"b\"}|Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
            "{\"S\":null,\"N\":\"1\",\"a\":\"b\",\"B\":\"AQI=\"}|Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes",
            "{\"S\":\"a\",\"BOOL\":true}|Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes",
            "{\"NULL\":false}|One or more parameter values were invalid: Null attribute value types must have the value of true",
            "{\"SS\":[]}|One or more parameter values were invalid: An string set  may not be empty",
            "{\"NS\":[]}|One or more parameter values were invalid: An number set  may not be empty",
            "{\"BS\":[]}|One or more parameter values were invalid: Binary sets should not be empty",
            "{\"SS\":[\"a\",\"a\"]}|One or more parameter values were invalid: Input collection [a, a] contains duplicates.",
            "{\"BS\":[\"Yg==\",\"Yg==\"]}|One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates.",
            "{\"NS\":[\"1\",\"1.0\"]}|Input collection contains duplicates",
            "{\"NS\":[\"1\",\"b\"]}|The parameter cannot be converted to a numeric value: b",
            "{\"S\":\"a\",\"N\":\"b\"}|The parameter cannot be converted to a numeric value: b",
            "{\"N\":\"1e126\"}|Number overflow. Attempting to store a number with magnitude larger than supported range",
            "{\"L\":[{\"M\":{\"a\":{}}}]}|Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"})
    void refusesInvalidValuesWithDynamoDbsWords(String json, String message) throws Exception {
        JsonNode node = MAPPER.readTree(json);
        AwsServiceException error = assertThrows(AwsServiceException.class, () -> AttributeValueCodec.decode(node));
        assertEquals("ValidationException", error.errorCode());
        assertEquals("com.amazon.coral.validate", error.namespace());
        assertEquals(message, error.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"S\":5}|class java.lang.Short can not be converted to an String",
            "{\"S\":[]}|Start of list found where not expected",
            "{\"B\":\"abc\"}|'abc' can not be converted to a Blob: Base64 encoded length is expected a multiple of 4 bytes but found: 3",
            "{\"B\":\"ab*d\"}|'ab*d' can not be converted to a Blob: Invalid Base64 character: '*'",
            "{\"L\":\"x\"}|Expected list or null",
            "{\"M\":[]}|Start of list found where not expected"})
    void refusesMalformedJsonAsSerializationErrors(String json, String message) throws Exception {
        JsonNode node = MAPPER.readTree(json);
        AwsServiceException error = assertThrows(AwsServiceException.class, () -> AttributeValueCodec.decode(node));
        assertEquals("SerializationException", error.errorCode());
        assertEquals(message, error.getMessage());
    }

    @Test
    void allowsThirtyTwoLevelsOfNesting() throws Exception {
        assertEquals("M", AttributeValueCodec.decode(MAPPER.readTree(nested(32))).type());
    }

    @Test
    void refusesDeeperNesting() throws Exception {
        JsonNode node = MAPPER.readTree(nested(33));
        assertEquals("Nesting Levels have exceeded supported limits: "
                        + "Attributes in the item have nested levels beyond supported limit",
                assertThrows(AwsServiceException.class, () -> AttributeValueCodec.decode(node)).getMessage());
    }

    private static String nested(int levels) {
        return "{\"M\":{\"n\":".repeat(levels) + "{\"S\":\"leaf\"}" + "}}".repeat(levels);
    }
}
