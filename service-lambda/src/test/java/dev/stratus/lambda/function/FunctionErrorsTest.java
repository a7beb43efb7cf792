package dev.stratus.lambda.function;

import static dev.stratus.lambda.TestFunctions.ECHO;
import static dev.stratus.lambda.TestFunctions.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.lambda.TestZips;
import dev.stratus.testkit.StratusExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Environment;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

@ExtendWith(StratusExtension.class)
class FunctionErrorsTest {

    @Test
    void anUnknownFunctionIsNotFoundWithItsArn(LambdaClient lambda) {
        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> lambda.getFunction(r -> r.functionName("nowhere")));

        assertEquals(404, missing.statusCode());
        assertTrue(missing.awsErrorDetails().errorMessage().matches(
                "Function not found: arn:aws:lambda:us-east-1:\\d{12}:function:nowhere"));
    }

    @Test
    void creatingAnExistingFunctionConflicts(LambdaClient lambda) {
        lambda.createFunction(node("twice", ECHO).build());

        ResourceConflictException conflict = assertThrows(ResourceConflictException.class,
                () -> lambda.createFunction(node("twice", ECHO).build()));

        assertEquals(409, conflict.statusCode());
        assertEquals("Function already exist: twice", conflict.awsErrorDetails().errorMessage());
    }

    @Test
    void anUnknownRuntimeIsRefused(LambdaClient lambda) {
        assertInvalid(() -> lambda.createFunction(node("bad-runtime", ECHO).runtime("cobol85").build()),
                "InvalidParameterValueException", "Value cobol85 at 'runtime' failed to satisfy constraint: Member must "
                        + "satisfy enum value set: [nodejs24.x");
    }

    @Test
    void aRetiredRuntimeIsRefused(LambdaClient lambda) {
        assertInvalid(() -> lambda.createFunction(node("old-runtime", ECHO).runtime("python2.7").build()),
                "InvalidParameterValueException", "The runtime parameter of python2.7 is no longer supported");
    }

    @Test
    void aMissingHandlerIsRefused(LambdaClient lambda) {
        assertInvalid(() -> lambda.createFunction(node("no-handler", ECHO).handler(null).build()),
                "InvalidParameterValueException",
                "Runtime and Handler are mandatory parameters for functions created with deployment packages.");
    }

    @Test
    void aHandlerWithSpacesIsRefused(LambdaClient lambda) {
        assertInvalid(() -> lambda.createFunction(node("spaced-handler", ECHO).handler("index handler").build()),
                "ValidationException", "1 validation error detected: Value 'index handler' at 'handler' failed");
    }

    @Test
    void timeoutsOutsideOneToNineHundredSecondsAreRefused(LambdaClient lambda) {
        assertInvalid(() -> lambda.createFunction(node("zero-timeout", ECHO).timeout(0).build()),
                "ValidationException", "1 validation error detected: Value '0' at 'timeout' failed to satisfy "
                        + "constraint: Member must have value greater than or equal to 1");
        assertInvalid(() -> lambda.createFunction(node("long-timeout", ECHO).timeout(901).build()),
                "ValidationException", "1 validation error detected: Value '901' at 'timeout' failed to satisfy "
                        + "constraint: Member must have value less than or equal to 900");
    }

    @Test
    void memoryOutsideLambdasRangeIsRefused(LambdaClient lambda) {
        assertInvalid(() -> lambda.createFunction(node("small", ECHO).memorySize(127).build()),
                "ValidationException", "1 validation error detected: Value '127' at 'memorySize' failed to satisfy "
                        + "constraint: Member must have value greater than or equal to 128");
        assertInvalid(() -> lambda.createFunction(node("large", ECHO).memorySize(10241).build()),
                "InvalidParameterValueException", "'MemorySize' value failed to satisfy constraint: Member must have "
                        + "value less than or equal to 10240");
    }

    @Test
    void aRoleThatIsNotARoleArnIsRefused(LambdaClient lambda) {
        assertInvalid(() -> lambda.createFunction(node("bad-role", ECHO).role("admin").build()),
                "ValidationException", "1 validation error detected: Value 'admin' at 'role' failed to satisfy constraint");
    }

    @Test
    void reservedEnvironmentVariablesAreRefused(LambdaClient lambda) {
        assertInvalid(() -> lambda.createFunction(node("reserved-env", ECHO)
                        .environment(Environment.builder().variables(Map.of("AWS_REGION", "eu-west-1")).build()).build()),
                "InvalidParameterValueException", "Lambda was unable to configure your environment variables because "
                        + "the environment variables you have provided contains reserved keys that are currently not "
                        + "supported for modification. Reserved keys used in this request: AWS_REGION");
    }

    @Test
    void environmentVariablesOverFourKilobytesAreRefusedAtCreateAndUpdate(LambdaClient lambda) {
        Map<String, String> tooLarge = Map.of("BIG", "x".repeat(4_096));
        String message = "Lambda was unable to configure your environment variables because the environment variables "
                + "you have provided exceeded the 4KB limit.";
        TestFunctions.create(lambda, "env-limit", ECHO);

        assertInvalid(() -> lambda.createFunction(node("env-too-large", ECHO)
                .environment(Environment.builder().variables(tooLarge).build()).build()),
                "InvalidParameterValueException", message);
        assertInvalid(() -> lambda.updateFunctionConfiguration(r -> r.functionName("env-limit")
                .environment(e -> e.variables(tooLarge))), "InvalidParameterValueException", message);
        assertThrows(ResourceNotFoundException.class, () -> lambda.getFunction(r -> r.functionName("env-too-large")));
    }

    @Test
    void aFunctionInAnotherRegionIsNotReachable(LambdaClient lambda) {
        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> lambda.getFunction(r -> r.functionName("arn:aws:lambda:eu-west-1:000000000000:function:elsewhere")));

        assertEquals("Functions from 'eu-west-1' are not reachable in this region ('us-east-1')",
                missing.awsErrorDetails().errorMessage());
    }

    @Test
    void maliciousPackagesAreRefused(LambdaClient lambda) {
        String message = "Could not unzip uploaded file. Please check your file, then try to upload again.";
        byte[] zipSlip = TestZips.zip().file("index.js", ECHO).file("../../escaped.js", "x").bytes();
        byte[] absolute = TestZips.zip().file("index.js", ECHO).file("/tmp/absolute.js", "x").bytes();
        byte[] symlinkOut = TestZips.zip().file("index.js", ECHO).symlink("secrets", "/etc").bytes();

        for (byte[] zip : new byte[][] {zipSlip, absolute, symlinkOut}) {
            assertInvalid(() -> lambda.createFunction(node("malicious", ECHO)
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(zip))).build()), "InvalidParameterValueException", message);
        }
        assertThrows(ResourceNotFoundException.class, () -> lambda.getFunction(r -> r.functionName("malicious")));
    }

    @Test
    void packagesTooLargeOnceUnzippedAreRefused(LambdaClient lambda) {
        byte[] bomb = TestZips.zip().file("index.js", ECHO).zeros("padding.bin", 262_144_001L).bytes();

        assertInvalid(() -> lambda.createFunction(node("bomb", ECHO).code(c -> c.zipFile(SdkBytes.fromByteArray(bomb)))
                .build()), "InvalidParameterValueException", "Unzipped size must be smaller than 262144000 bytes");
    }

    @Test
    void updatingAnUnknownFunctionIsNotFound(LambdaClient lambda) {
        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> lambda.updateFunctionConfiguration(r -> r.functionName("ghost").timeout(5)));

        assertTrue(missing.awsErrorDetails().errorMessage().matches(
                "Function not found: arn:aws:lambda:us-east-1:\\d{12}:function:ghost"));
    }

    @Test
    void aStaleRevisionIdIsRefused(LambdaClient lambda) {
        TestFunctions.create(lambda, "revised", ECHO);

        AwsServiceException stale = assertThrows(AwsServiceException.class, () -> lambda.updateFunctionConfiguration(
                r -> r.functionName("revised").timeout(5).revisionId("00000000-0000-0000-0000-000000000000")));

        assertEquals(412, stale.statusCode());
        assertEquals("PreconditionFailedException", stale.awsErrorDetails().errorCode());
    }

    private static void assertInvalid(Executable call, String code, String messageStart) {
        AwsServiceException refused = assertThrows(AwsServiceException.class, call);
        assertEquals(code, refused.awsErrorDetails().errorCode());
        assertEquals(400, refused.statusCode());
        assertTrue(refused.awsErrorDetails().errorMessage().startsWith(messageStart),
                refused.awsErrorDetails().errorMessage());
        if (code.equals("InvalidParameterValueException")) {
            assertTrue(refused instanceof InvalidParameterValueException);
        }
    }
}
