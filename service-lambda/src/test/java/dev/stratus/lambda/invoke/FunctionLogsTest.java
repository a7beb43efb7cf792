package dev.stratus.lambda.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

class FunctionLogsTest {

    @RegisterExtension
    static StratusExtension stratus = new StratusExtension();

    @Test
    void whatAFunctionPrintedIsReadableWhenItsInvokeReturns() {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        TestFunctions.create(lambda, "logging", TestFunctions.LOGGING);

        InvokeResponse response = lambda.invoke(r -> r.functionName("logging"));

        List<String> logs = stratus.functionLogs("logging");
        assertTrue(logs.stream().anyMatch(line -> line.endsWith("hello from the function")), logs::toString);
        assertTrue(logs.get(logs.size() - 1).startsWith("REPORT RequestId: "
                + response.responseMetadata().requestId()), logs::toString);
    }

    @Test
    void aFunctionThatNeverRanHasNoLogs() {
        assertEquals(List.of(), stratus.functionLogs("never-created"));
    }
}
