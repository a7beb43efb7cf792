package dev.stratus.lambda.function;

import static dev.stratus.lambda.TestFunctions.ECHO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;

@ExtendWith(StratusExtension.class)
class TagsAndConcurrencyTest {

    @Test
    void tagsAreSetListedAndRemoved(LambdaClient lambda) {
        String arn = lambda.createFunction(TestFunctions.node("tagged", ECHO).tags(Map.of("team", "storage")).build())
                .functionArn();

        lambda.tagResource(r -> r.resource(arn).tags(Map.of("stage", "test")));
        lambda.untagResource(r -> r.resource(arn).tagKeys("team"));

        assertEquals(Map.of("stage", "test"), lambda.listTags(r -> r.resource(arn)).tags());
        assertEquals(Map.of("stage", "test"), lambda.getFunction(r -> r.functionName("tagged")).tags());
    }

    @Test
    void reservedConcurrencyIsPutReadAndDeleted(LambdaClient lambda) {
        TestFunctions.create(lambda, "reserved", ECHO);

        assertEquals(5, lambda.putFunctionConcurrency(r -> r.functionName("reserved").reservedConcurrentExecutions(5))
                .reservedConcurrentExecutions());
        assertEquals(5, lambda.getFunctionConcurrency(r -> r.functionName("reserved")).reservedConcurrentExecutions());
        assertEquals(5, lambda.getFunction(r -> r.functionName("reserved")).concurrency().reservedConcurrentExecutions());
        lambda.deleteFunctionConcurrency(r -> r.functionName("reserved"));
        assertNull(lambda.getFunctionConcurrency(r -> r.functionName("reserved")).reservedConcurrentExecutions());
    }

    @Test
    void reservingBeyondTheAccountsUnreservedMinimumIsRefused(LambdaClient lambda) {
        TestFunctions.create(lambda, "greedy", ECHO);

        InvalidParameterValueException refused = assertThrows(InvalidParameterValueException.class,
                () -> lambda.putFunctionConcurrency(r -> r.functionName("greedy").reservedConcurrentExecutions(901)));

        assertEquals("Specified ReservedConcurrentExecutions for function decreases account's "
                + "UnreservedConcurrentExecution below its minimum value of [100].", refused.awsErrorDetails().errorMessage());
    }
}
