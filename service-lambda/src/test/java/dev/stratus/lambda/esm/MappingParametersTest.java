package dev.stratus.lambda.esm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.AwsServiceException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingParametersTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void membersOfTheWrongTypeAreSerializationErrors() {
        for (String body : List.of("{\"BatchSize\":\"10\"}", "{\"Enabled\":\"yes\"}", "{\"FunctionResponseTypes\":\"x\"}",
                "{\"FilterCriteria\":[]}", "{\"FunctionName\":7}")) {
            AwsServiceException error = assertThrows(AwsServiceException.class, () -> parse(body), body);
            assertEquals("SerializationException", error.errorCode());
        }
    }

    @Test
    void filterCriteriaWithoutFiltersMeansNoFilter() {
        assertNull(parse("{\"FilterCriteria\":{}}").filterPatterns());
        assertNull(parse("{\"FilterCriteria\":{\"Filters\":[]}}").filterPatterns());
        assertEquals(List.of("{\"a\":[1]}"), parse("{\"FilterCriteria\":{\"Filters\":[{\"Pattern\":\"{\\\"a\\\":[1]}\"}]}}").filterPatterns());
    }

    @Test
    void anEmptyOnFailureMeansNoDestinationAndOnSuccessIsRefused() {
        assertNull(parse("{\"DestinationConfig\":{\"OnFailure\":{}}}").onFailureDestination());
        assertEquals("arn:aws:sqs:us-east-1:000000000000:q",
                parse("{\"DestinationConfig\":{\"OnFailure\":{\"Destination\":\"arn:aws:sqs:us-east-1:000000000000:q\"}}}")
                        .onFailureDestination());
        AwsServiceException error = assertThrows(AwsServiceException.class, () -> parse(
                "{\"DestinationConfig\":{\"OnSuccess\":{\"Destination\":\"arn:aws:sqs:us-east-1:000000000000:q\"}}}")
                .onFailureDestination());
        assertEquals("InvalidParameterValueException", error.errorCode());
    }

    private static MappingParameters parse(String body) {
        try {
            return MappingParameters.from(MAPPER.readTree(body));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
