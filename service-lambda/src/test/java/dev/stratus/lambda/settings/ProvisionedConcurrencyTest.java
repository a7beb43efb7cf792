package dev.stratus.lambda.settings;

import static dev.stratus.lambda.TestFunctions.ECHO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.ProvisionedConcurrencyConfigListItem;
import software.amazon.awssdk.services.lambda.model.ProvisionedConcurrencyConfigNotFoundException;
import software.amazon.awssdk.services.lambda.model.PutProvisionedConcurrencyConfigResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

@ExtendWith(StratusExtension.class)
class ProvisionedConcurrencyTest {

    @Test
    void aliasConfigIsListedAndDeleted(LambdaClient lambda) {
        String arn = published(lambda, "warm");
        lambda.createAlias(r -> r.functionName("warm").name("live").functionVersion("1"));

        PutProvisionedConcurrencyConfigResponse put = lambda.putProvisionedConcurrencyConfig(r -> r.functionName("warm")
                .qualifier("live").provisionedConcurrentExecutions(2));

        assertEquals(2, put.requestedProvisionedConcurrentExecutions());
        List<ProvisionedConcurrencyConfigListItem> listed = lambda.listProvisionedConcurrencyConfigs(
                r -> r.functionName("warm")).provisionedConcurrencyConfigs();
        assertEquals(1, listed.size());
        assertEquals(arn + ":live", listed.get(0).functionArn());
        lambda.deleteProvisionedConcurrencyConfig(r -> r.functionName("warm").qualifier("live"));
        assertThrows(ProvisionedConcurrencyConfigNotFoundException.class,
                () -> lambda.getProvisionedConcurrencyConfig(r -> r.functionName("warm").qualifier("live")));
    }

    @Test
    void latestCannotBeProvisioned(LambdaClient lambda) {
        TestFunctions.create(lambda, "unpublished", ECHO);

        InvalidParameterValueException refused = assertThrows(InvalidParameterValueException.class,
                () -> lambda.putProvisionedConcurrencyConfig(r -> r.functionName("unpublished").qualifier("$LATEST")
                        .provisionedConcurrentExecutions(1)));

        assertEquals("Provisioned Concurrency Configs cannot be applied to unpublished function versions.",
                refused.awsErrorDetails().errorMessage());
    }

    @Test
    void unknownAliasIsNotFound(LambdaClient lambda) {
        String arn = TestFunctions.create(lambda, "no-alias", ECHO).functionArn();

        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> lambda.putProvisionedConcurrencyConfig(r -> r.functionName("no-alias").qualifier("live")
                        .provisionedConcurrentExecutions(1)));

        assertEquals("Cannot find alias arn: " + arn + ":live", missing.awsErrorDetails().errorMessage());
    }

    @Test
    void versionAndItsAliasCannotBothBeProvisioned(LambdaClient lambda) {
        published(lambda, "doubled");
        lambda.createAlias(r -> r.functionName("doubled").name("live").functionVersion("1"));
        lambda.putProvisionedConcurrencyConfig(r -> r.functionName("doubled").qualifier("1")
                .provisionedConcurrentExecutions(1));

        ResourceConflictException conflict = assertThrows(ResourceConflictException.class,
                () -> lambda.putProvisionedConcurrencyConfig(r -> r.functionName("doubled").qualifier("live")
                        .provisionedConcurrentExecutions(1)));

        assertEquals("Alias can't be used for Provisioned Concurrency configuration on an already Provisioned version",
                conflict.awsErrorDetails().errorMessage());
    }

    @Test
    void provisionedCannotExceedReserved(LambdaClient lambda) {
        published(lambda, "reserved-few");
        lambda.putFunctionConcurrency(r -> r.functionName("reserved-few").reservedConcurrentExecutions(2));

        InvalidParameterValueException refused = assertThrows(InvalidParameterValueException.class,
                () -> lambda.putProvisionedConcurrencyConfig(r -> r.functionName("reserved-few").qualifier("1")
                        .provisionedConcurrentExecutions(3)));

        assertTrue(refused.awsErrorDetails().errorMessage().startsWith("Requested Provisioned Concurrency should not be"));
    }

    @Test
    void deletedVersionTakesItsConfigAlong(LambdaClient lambda) {
        published(lambda, "short-lived");
        lambda.putProvisionedConcurrencyConfig(r -> r.functionName("short-lived").qualifier("1")
                .provisionedConcurrentExecutions(1));

        lambda.deleteFunction(r -> r.functionName("short-lived").qualifier("1"));

        assertTrue(lambda.listProvisionedConcurrencyConfigs(r -> r.functionName("short-lived"))
                .provisionedConcurrencyConfigs().isEmpty());
    }

    private static String published(LambdaClient lambda, String name) {
        String arn = TestFunctions.create(lambda, name, ECHO).functionArn();
        lambda.publishVersion(r -> r.functionName(name));
        return arn;
    }
}
