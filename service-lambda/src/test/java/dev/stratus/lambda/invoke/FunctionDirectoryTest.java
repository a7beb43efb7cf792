package dev.stratus.lambda.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.gateway.Stratus;
import dev.stratus.lambda.TestFunctions;
import dev.stratus.lambda.function.FunctionDirectory;
import dev.stratus.lambda.runtime.InvocationResult;
import dev.stratus.testkit.StratusExtension;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** The directory through which event source mappings find and invoke functions. */
@ExtendWith(StratusExtension.class)
class FunctionDirectoryTest {

    @Test
    void aFunctionNameResolvesToItsArnInTheAccount(LambdaClient lambda, Stratus stratus) {
        String arn = TestFunctions.create(lambda, "resolved", TestFunctions.ECHO).functionArn();
        String account = arn.split(":")[4];
        FunctionDirectory directory = stratus.instance(FunctionDirectory.class);

        assertEquals(Optional.of(arn), directory.resolve(account, "us-east-1", "resolved"));
        assertEquals(Optional.of(arn), directory.resolve(account, "us-east-1", arn));
        assertEquals(Optional.of(arn + ":$LATEST"), directory.resolve(account, "us-east-1", "resolved:$LATEST"));
        assertEquals(Optional.empty(), directory.resolve(account, "us-east-1", "resolved:7"));
        assertEquals(Optional.empty(), directory.resolve(account, "us-east-1", "unknown"));
        assertEquals(Optional.empty(), directory.resolve("000000000001", "us-east-1", "resolved"));
    }

    @Test
    void invokingThroughTheDirectoryRunsTheFunctionSynchronously(LambdaClient lambda, Stratus stratus) {
        String arn = TestFunctions.create(lambda, "directly", TestFunctions.ECHO).functionArn();

        InvocationResult result = stratus.instance(FunctionDirectory.class)
                .invoke(arn, "{\"Records\":[]}".getBytes(StandardCharsets.UTF_8));

        assertFalse(result.failed());
        assertEquals("{\"Records\":[]}", new String(result.payload(), StandardCharsets.UTF_8));
        assertTrue(result.log().contains("START RequestId: "));
    }
}
