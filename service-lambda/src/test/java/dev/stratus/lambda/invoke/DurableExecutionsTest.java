package dev.stratus.lambda.invoke;

import static dev.stratus.lambda.TestFunctions.ECHO;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** Functions here run without durable execution: none is listed, and none can be looked up or called back. */
@ExtendWith(StratusExtension.class)
class DurableExecutionsTest {

    @Test
    void functionListsNoDurableExecutions(LambdaClient lambda) {
        TestFunctions.create(lambda, "plain", ECHO);

        assertTrue(lambda.listDurableExecutionsByFunction(r -> r.functionName("plain")).durableExecutions().isEmpty());
    }

    @Test
    void unknownExecutionIsNotFound(LambdaClient lambda) {
        String arn = TestFunctions.create(lambda, "never-durable", ECHO).functionArn()
                + ":$LATEST/durable-execution/order-42/0f1e2d3c";

        assertThrows(ResourceNotFoundException.class, () -> lambda.getDurableExecution(r -> r.durableExecutionArn(arn)));
    }

    @Test
    void unknownCallbackIsRefused(LambdaClient lambda) {
        assertThrows(InvalidParameterValueException.class, () -> lambda.sendDurableExecutionCallbackSuccess(
                r -> r.callbackId("c29tZS1jYWxsYmFjaw==").result(SdkBytes.fromUtf8String("{}"))));
    }
}
