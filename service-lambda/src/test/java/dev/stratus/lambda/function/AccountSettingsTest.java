package dev.stratus.lambda.function;

import static dev.stratus.lambda.TestFunctions.ECHO;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetAccountSettingsResponse;

@ExtendWith(StratusExtension.class)
class AccountSettingsTest {

    @Test
    void accountSettingsReportLimitsAndUsage(LambdaClient lambda) {
        long size = TestFunctions.create(lambda, "counted", ECHO).codeSize();
        lambda.putFunctionConcurrency(r -> r.functionName("counted").reservedConcurrentExecutions(10));

        GetAccountSettingsResponse settings = lambda.getAccountSettings(r -> { });

        assertEquals(1000, settings.accountLimit().concurrentExecutions());
        assertEquals(990, settings.accountLimit().unreservedConcurrentExecutions());
        assertEquals(262_144_000L, settings.accountLimit().codeSizeUnzipped());
        assertEquals(52_428_800L, settings.accountLimit().codeSizeZipped());
        assertEquals(80_530_636_800L, settings.accountLimit().totalCodeSize());
        assertEquals(1, settings.accountUsage().functionCount());
        assertEquals(size, settings.accountUsage().totalCodeSize());
    }
}
