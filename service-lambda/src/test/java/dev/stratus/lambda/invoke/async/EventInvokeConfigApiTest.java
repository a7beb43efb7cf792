package dev.stratus.lambda.invoke.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionEventInvokeConfig;
import software.amazon.awssdk.services.lambda.model.GetFunctionEventInvokeConfigResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.PutFunctionEventInvokeConfigResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionEventInvokeConfigResponse;

@ExtendWith(StratusExtension.class)
class EventInvokeConfigApiTest {

    @Test
    void aConfigIsPutReadUpdatedAndDeleted(LambdaClient lambda) {
        TestFunctions.create(lambda, "configured", TestFunctions.ECHO);
        String target = TestFunctions.create(lambda, "configured-target", TestFunctions.ECHO).functionArn();

        PutFunctionEventInvokeConfigResponse put = lambda.putFunctionEventInvokeConfig(r -> r.functionName("configured")
                .maximumRetryAttempts(1).maximumEventAgeInSeconds(120)
                .destinationConfig(d -> d.onFailure(f -> f.destination(target))));
        UpdateFunctionEventInvokeConfigResponse updated = lambda.updateFunctionEventInvokeConfig(r -> r
                .functionName("configured").maximumRetryAttempts(0));
        GetFunctionEventInvokeConfigResponse read = lambda.getFunctionEventInvokeConfig(r -> r.functionName("configured"));

        assertTrue(put.functionArn().endsWith(":function:configured:$LATEST"));
        assertEquals(0, read.maximumRetryAttempts());
        assertEquals(120, read.maximumEventAgeInSeconds());
        assertEquals(target, read.destinationConfig().onFailure().destination());
        assertNull(read.destinationConfig().onSuccess().destination());
        assertEquals(updated.functionArn(), read.functionArn());
        assertTrue(read.lastModified() != null);

        lambda.deleteFunctionEventInvokeConfig(r -> r.functionName("configured"));
        ResourceNotFoundException gone = assertThrows(ResourceNotFoundException.class,
                () -> lambda.getFunctionEventInvokeConfig(r -> r.functionName("configured")));
        assertEquals("The function " + put.functionArn() + " doesn't have an EventInvokeConfig",
                gone.awsErrorDetails().errorMessage());
    }

    @Test
    void putReplacesTheWholeConfig(LambdaClient lambda) {
        TestFunctions.create(lambda, "replaced", TestFunctions.ECHO);
        String target = TestFunctions.create(lambda, "replaced-target", TestFunctions.ECHO).functionArn();
        lambda.putFunctionEventInvokeConfig(r -> r.functionName("replaced").maximumRetryAttempts(1)
                .destinationConfig(d -> d.onFailure(f -> f.destination(target))));

        lambda.putFunctionEventInvokeConfig(r -> r.functionName("replaced").maximumEventAgeInSeconds(300));

        GetFunctionEventInvokeConfigResponse read = lambda.getFunctionEventInvokeConfig(r -> r.functionName("replaced"));
        assertNull(read.maximumRetryAttempts());
        assertEquals(300, read.maximumEventAgeInSeconds());
        assertNull(read.destinationConfig().onFailure().destination());
    }

    @Test
    void configsAreKeptPerQualifierAndListed(LambdaClient lambda) {
        configuredOnEveryQualifier(lambda, "qualified");

        List<FunctionEventInvokeConfig> all = lambda.listFunctionEventInvokeConfigs(r -> r.functionName("qualified"))
                .functionEventInvokeConfigs();
        assertEquals(3, all.size());
        assertEquals(1, lambda.getFunctionEventInvokeConfig(r -> r.functionName("qualified").qualifier("1"))
                .maximumRetryAttempts());
        assertEquals(0, lambda.getFunctionEventInvokeConfig(r -> r.functionName("qualified").qualifier("live"))
                .maximumRetryAttempts());
        assertEquals(1, lambda.listFunctionEventInvokeConfigs(r -> r.functionName("qualified").maxItems(1))
                .functionEventInvokeConfigs().size());
    }

    @Test
    void aDeletedFunctionTakesItsConfigWithIt(LambdaClient lambda) {
        TestFunctions.create(lambda, "recreated", TestFunctions.ECHO);
        lambda.putFunctionEventInvokeConfig(r -> r.functionName("recreated").maximumRetryAttempts(0));

        lambda.deleteFunction(r -> r.functionName("recreated"));
        TestFunctions.create(lambda, "recreated", TestFunctions.ECHO);

        assertThrows(ResourceNotFoundException.class,
                () -> lambda.getFunctionEventInvokeConfig(r -> r.functionName("recreated")));
    }

    @Test
    void aDeletedVersionOrAliasTakesItsConfigWithIt(LambdaClient lambda) {
        configuredOnEveryQualifier(lambda, "pruned");

        lambda.deleteAlias(r -> r.functionName("pruned").name("live"));
        lambda.deleteFunction(r -> r.functionName("pruned").qualifier("1"));

        List<FunctionEventInvokeConfig> left = lambda.listFunctionEventInvokeConfigs(r -> r.functionName("pruned"))
                .functionEventInvokeConfigs();
        assertEquals(1, left.size());
        assertTrue(left.get(0).functionArn().endsWith(":function:pruned:$LATEST"));
    }

    @Test
    void badConfigsAreRefusedAsLambdaRefusesThem(LambdaClient lambda) {
        TestFunctions.create(lambda, "strict", TestFunctions.ECHO);

        LambdaException tooManyRetries = assertThrows(LambdaException.class, () -> lambda
                .putFunctionEventInvokeConfig(r -> r.functionName("strict").maximumRetryAttempts(3)));
        LambdaException tooYoung = assertThrows(LambdaException.class, () -> lambda
                .putFunctionEventInvokeConfig(r -> r.functionName("strict").maximumEventAgeInSeconds(59)));
        ResourceNotFoundException noFunction = assertThrows(ResourceNotFoundException.class, () -> lambda
                .putFunctionEventInvokeConfig(r -> r.functionName("missing").maximumRetryAttempts(1)));
        ResourceNotFoundException noUpdateTarget = assertThrows(ResourceNotFoundException.class, () -> lambda
                .updateFunctionEventInvokeConfig(r -> r.functionName("strict").maximumRetryAttempts(1)));

        assertEquals("ValidationException", tooManyRetries.awsErrorDetails().errorCode());
        assertTrue(tooManyRetries.awsErrorDetails().errorMessage().contains("Member must have value less than or equal to 2"));
        assertEquals("ValidationException", tooYoung.awsErrorDetails().errorCode());
        assertTrue(noFunction.awsErrorDetails().errorMessage().startsWith("Function not found"));
        assertTrue(noUpdateTarget.awsErrorDetails().errorMessage().endsWith("doesn't have an EventInvokeConfig"));
    }

    @Test
    void aDestinationThatDoesNotExistIsRefused(LambdaClient lambda) {
        String arn = TestFunctions.create(lambda, "pointing", TestFunctions.ECHO).functionArn();
        String account = arn.split(":")[4];
        String missingFunction = "arn:aws:lambda:us-east-1:" + account + ":function:nowhere";
        String missingQueue = "arn:aws:sqs:us-east-1:" + account + ":nowhere";

        InvalidParameterValueException noFunction = assertThrows(InvalidParameterValueException.class, () -> lambda
                .putFunctionEventInvokeConfig(r -> r.functionName("pointing")
                        .destinationConfig(d -> d.onSuccess(s -> s.destination(missingFunction)))));
        InvalidParameterValueException noQueue = assertThrows(InvalidParameterValueException.class, () -> lambda
                .putFunctionEventInvokeConfig(r -> r.functionName("pointing")
                        .destinationConfig(d -> d.onFailure(f -> f.destination(missingQueue)))));

        assertEquals("The function's execution role does not have permissions to call InvokeFunction on "
                + missingFunction, noFunction.awsErrorDetails().errorMessage());
        assertEquals("The function's execution role does not have permissions to call SendMessage on "
                + missingQueue, noQueue.awsErrorDetails().errorMessage());
        assertThrows(ResourceNotFoundException.class, () -> lambda.getFunctionEventInvokeConfig(r -> r.functionName("pointing")));
    }

    /**
     * A function with version 1 and alias live, each with its config: MaximumRetryAttempts 2 for $LATEST, 1 for the
     * version, 0 for the alias.
     */
    private static void configuredOnEveryQualifier(LambdaClient lambda, String name) {
        TestFunctions.create(lambda, name, TestFunctions.ECHO);
        lambda.publishVersion(r -> r.functionName(name));
        lambda.createAlias(r -> r.functionName(name).name("live").functionVersion("1"));
        lambda.putFunctionEventInvokeConfig(r -> r.functionName(name).maximumRetryAttempts(2));
        lambda.putFunctionEventInvokeConfig(r -> r.functionName(name).qualifier("1").maximumRetryAttempts(1));
        lambda.putFunctionEventInvokeConfig(r -> r.functionName(name + ":live").maximumRetryAttempts(0));
    }
}
