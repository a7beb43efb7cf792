package dev.stratus.lambda.invoke.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;

/** Lambda runs without SQS; then a queue is no destination, as a queue that does not exist is none on AWS. */
class WithoutQueuesTest {

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().setting("services", "lambda").build();

    @Test
    void aQueueDestinationIsRefused() {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        TestFunctions.create(lambda, "lonely", TestFunctions.ECHO);
        String queueArn = "arn:aws:sqs:us-east-1:" + stratus.accountId() + ":failures";

        InvalidParameterValueException refused = assertThrows(InvalidParameterValueException.class, () -> lambda
                .putFunctionEventInvokeConfig(r -> r.functionName("lonely")
                        .destinationConfig(d -> d.onFailure(f -> f.destination(queueArn)))));

        assertEquals("The function's execution role does not have permissions to call SendMessage on " + queueArn,
                refused.awsErrorDetails().errorMessage());
    }
}
