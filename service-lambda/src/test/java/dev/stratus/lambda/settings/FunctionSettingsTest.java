package dev.stratus.lambda.settings;

import static dev.stratus.lambda.TestFunctions.ECHO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetFunctionScalingConfigResponse;
import software.amazon.awssdk.services.lambda.model.GetRuntimeManagementConfigResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.PutRuntimeManagementConfigResponse;
import software.amazon.awssdk.services.lambda.model.RecursiveLoop;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.UpdateRuntimeOn;

@ExtendWith(StratusExtension.class)
class FunctionSettingsTest {

    private static final String RUNTIME_VERSION =
            "arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9";

    @Test
    void runtimeManagementIsAutoUntilPut(LambdaClient lambda) {
        String arn = TestFunctions.create(lambda, "managed", ECHO).functionArn();

        GetRuntimeManagementConfigResponse initial = lambda.getRuntimeManagementConfig(r -> r.functionName("managed"));
        PutRuntimeManagementConfigResponse put = lambda.putRuntimeManagementConfig(r -> r.functionName("managed")
                .updateRuntimeOn(UpdateRuntimeOn.MANUAL).runtimeVersionArn(RUNTIME_VERSION));

        assertEquals(UpdateRuntimeOn.AUTO, initial.updateRuntimeOn());
        assertEquals(arn, initial.functionArn());
        assertEquals(arn + ":$LATEST", put.functionArn());
        GetRuntimeManagementConfigResponse current = lambda.getRuntimeManagementConfig(r -> r.functionName("managed"));
        assertEquals(UpdateRuntimeOn.MANUAL, current.updateRuntimeOn());
        assertEquals(RUNTIME_VERSION, current.runtimeVersionArn());
    }

    @Test
    void publishedVersionKeepsARuntimeManagementOfItsOwn(LambdaClient lambda) {
        TestFunctions.create(lambda, "versioned-runtime", ECHO);
        lambda.publishVersion(r -> r.functionName("versioned-runtime"));

        lambda.putRuntimeManagementConfig(r -> r.functionName("versioned-runtime").qualifier("1")
                .updateRuntimeOn(UpdateRuntimeOn.FUNCTION_UPDATE));

        assertEquals(UpdateRuntimeOn.FUNCTION_UPDATE, lambda.getRuntimeManagementConfig(
                r -> r.functionName("versioned-runtime").qualifier("1")).updateRuntimeOn());
        assertEquals(UpdateRuntimeOn.AUTO, lambda.getRuntimeManagementConfig(
                r -> r.functionName("versioned-runtime")).updateRuntimeOn());
    }

    @Test
    void manualModeNeedsARuntimeVersion(LambdaClient lambda) {
        TestFunctions.create(lambda, "unpinned", ECHO);

        assertThrows(InvalidParameterValueException.class, () -> lambda.putRuntimeManagementConfig(
                r -> r.functionName("unpinned").updateRuntimeOn(UpdateRuntimeOn.MANUAL)));
    }

    @Test
    void recursiveLoopsAreTerminatedUntilAllowed(LambdaClient lambda) {
        TestFunctions.create(lambda, "recursive", ECHO);

        RecursiveLoop initial = lambda.getFunctionRecursionConfig(r -> r.functionName("recursive")).recursiveLoop();
        RecursiveLoop put = lambda.putFunctionRecursionConfig(r -> r.functionName("recursive")
                .recursiveLoop(RecursiveLoop.ALLOW)).recursiveLoop();

        assertEquals(RecursiveLoop.TERMINATE, initial);
        assertEquals(RecursiveLoop.ALLOW, put);
        assertEquals(RecursiveLoop.ALLOW, lambda.getFunctionRecursionConfig(r -> r.functionName("recursive")).recursiveLoop());
    }

    @Test
    void unknownFunctionHasNoRecursionConfig(LambdaClient lambda) {
        assertThrows(ResourceNotFoundException.class,
                () -> lambda.getFunctionRecursionConfig(r -> r.functionName("absent")));
    }

    @Test
    void scalingConfigOfAPublishedVersionIsPutAndRead(LambdaClient lambda) {
        String arn = TestFunctions.create(lambda, "scaled", ECHO).functionArn();
        lambda.publishVersion(r -> r.functionName("scaled"));

        assertNull(lambda.getFunctionScalingConfig(r -> r.functionName("scaled").qualifier("1"))
                .requestedFunctionScalingConfig());
        lambda.putFunctionScalingConfig(r -> r.functionName("scaled").qualifier("1")
                .functionScalingConfig(c -> c.minExecutionEnvironments(1).maxExecutionEnvironments(4)));

        GetFunctionScalingConfigResponse scaling = lambda.getFunctionScalingConfig(r -> r.functionName("scaled").qualifier("1"));
        assertEquals(arn + ":1", scaling.functionArn());
        assertEquals(1, scaling.requestedFunctionScalingConfig().minExecutionEnvironments());
        assertEquals(4, scaling.appliedFunctionScalingConfig().maxExecutionEnvironments());
    }
}
