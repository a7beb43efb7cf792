package dev.stratus.lambda.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.spi.AwsServiceException;
import org.junit.jupiter.api.Test;

class FunctionLocatorTest {

    private static final String ACCOUNT = "123456789012";

    @Test
    void aNameIsInTheCallersAccountAndRegion() {
        assertEquals(new FunctionArn(ACCOUNT, "us-east-1", "f", null), locate("f", null));
    }

    @Test
    void partialAndFullArnsNameTheSameFunction() {
        FunctionArn expected = new FunctionArn("000000000000", "us-east-1", "f", null);

        assertEquals(expected, locate("000000000000:function:f", null));
        assertEquals(expected, locate("arn:aws:lambda:us-east-1:000000000000:function:f", null));
    }

    @Test
    void theQualifierComesFromTheNameOrTheParameter() {
        assertEquals("3", locate("f:3", null).qualifier());
        assertEquals("live", locate("arn:aws:lambda:us-east-1:000000000000:function:f:live", null).qualifier());
        assertEquals("$LATEST", locate("f", "$LATEST").qualifier());
        assertEquals("3", locate("f:3", "3").qualifier());
    }

    @Test
    void twoDifferentQualifiersAreRefused() {
        AwsServiceException refused = assertThrows(AwsServiceException.class, () -> locate("f:3", "4"));

        assertEquals("InvalidParameterValueException", refused.errorCode());
        assertEquals("The derived qualifier from the function name does not match the specified qualifier.",
                refused.getMessage());
    }

    @Test
    void malformedNamesFailValidation() {
        AwsServiceException refused = assertThrows(AwsServiceException.class, () -> locate("no spaces", null));

        assertEquals("ValidationException", refused.errorCode());
        assertEquals(400, refused.httpStatus());
    }

    @Test
    void anArnOfAnotherRegionIsNotFound() {
        AwsServiceException refused = assertThrows(AwsServiceException.class,
                () -> locate("arn:aws:lambda:eu-west-1:000000000000:function:f", null));

        assertEquals("ResourceNotFoundException", refused.errorCode());
    }

    @Test
    void arnsPrintAsLambdaWritesThem() {
        assertEquals("arn:aws:lambda:us-east-1:123456789012:function:f:live",
                new FunctionArn(ACCOUNT, "us-east-1", "f", "live").toString());
        assertEquals(new FunctionArn(ACCOUNT, "us-east-1", "f", "$LATEST"),
                FunctionLocator.fromArn("arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST"));
    }

    private static FunctionArn locate(String name, String qualifier) {
        return FunctionLocator.locate(name, qualifier, ACCOUNT, "us-east-1");
    }
}
