package dev.stratus.lambda.function;

import static dev.stratus.lambda.TestFunctions.VERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.AliasConfiguration;
import software.amazon.awssdk.services.lambda.model.CreateAliasResponse;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.PublishVersionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.State;

@ExtendWith(StratusExtension.class)
class VersionsAndAliasesTest {

    @Test
    void publishVersionFreezesTheCurrentCodeAndConfiguration(LambdaClient lambda) {
        String arn = TestFunctions.create(lambda, "published", VERSION).functionArn();

        PublishVersionResponse published = lambda.publishVersion(r -> r.functionName("published").description("first"));

        assertEquals("1", published.version());
        assertEquals(arn + ":1", published.functionArn());
        assertEquals("first", published.description());
        assertEquals(State.PENDING, published.state());
        lambda.updateFunctionConfiguration(r -> r.functionName("published").timeout(10));
        assertEquals(3, lambda.getFunctionConfiguration(r -> r.functionName("published").qualifier("1")).timeout());
        assertEquals(State.ACTIVE, lambda.getFunctionConfiguration(r -> r.functionName(arn + ":1")).state());
    }

    @Test
    void publishingAnUnchangedFunctionAnswersTheLastVersion(LambdaClient lambda) {
        TestFunctions.create(lambda, "unchanged", VERSION);

        String first = lambda.publishVersion(r -> r.functionName("unchanged")).version();
        String again = lambda.publishVersion(r -> r.functionName("unchanged")).version();

        assertEquals("1", first);
        assertEquals("1", again);
    }

    @Test
    void listVersionsByFunctionListsLatestThenEveryVersion(LambdaClient lambda) {
        TestFunctions.create(lambda, "versioned", VERSION);
        lambda.publishVersion(r -> r.functionName("versioned"));
        lambda.updateFunctionConfiguration(r -> r.functionName("versioned").timeout(10));
        lambda.publishVersion(r -> r.functionName("versioned"));

        List<String> versions = lambda.listVersionsByFunctionPaginator(r -> r.functionName("versioned").maxItems(1))
                .versions().stream().map(FunctionConfiguration::version).toList();

        assertEquals(List.of("$LATEST", "1", "2"), versions);
    }

    @Test
    void createFunctionWithPublishCreatesVersionOne(LambdaClient lambda) {
        String version = lambda.createFunction(TestFunctions.node("born-published", VERSION).publish(true).build())
                .version();

        assertEquals("1", version);
    }

    @Test
    void aliasesPointAtVersionsAndCanBeUpdatedListedAndDeleted(LambdaClient lambda) {
        String arn = TestFunctions.create(lambda, "aliased", VERSION).functionArn();
        lambda.publishVersion(r -> r.functionName("aliased"));

        CreateAliasResponse live = lambda.createAlias(r -> r.functionName("aliased").name("live").functionVersion("1")
                .description("production"));
        lambda.createAlias(r -> r.functionName("aliased").name("edge").functionVersion("$LATEST"));

        assertEquals(arn + ":live", live.aliasArn());
        assertEquals("1", live.functionVersion());
        assertEquals("production", lambda.getAlias(r -> r.functionName("aliased").name("live")).description());
        lambda.updateAlias(r -> r.functionName("aliased").name("edge").description("tip"));
        assertEquals(List.of("edge", "live"), lambda.listAliases(r -> r.functionName("aliased")).aliases().stream()
                .map(AliasConfiguration::name).toList());
        assertEquals("tip", lambda.getAlias(r -> r.functionName("aliased").name("edge")).description());
        lambda.deleteAlias(r -> r.functionName("aliased").name("edge"));
        ResourceNotFoundException gone = assertThrows(ResourceNotFoundException.class,
                () -> lambda.getAlias(r -> r.functionName("aliased").name("edge")));
        assertEquals("Cannot find alias arn: " + arn + ":edge", gone.awsErrorDetails().errorMessage());
    }

    @Test
    void anAliasOfAVersionThatDoesNotExistIsRefused(LambdaClient lambda) {
        String arn = TestFunctions.create(lambda, "no-version", VERSION).functionArn();

        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> lambda.createAlias(r -> r.functionName("no-version").name("live").functionVersion("7")));

        assertEquals("Function not found: " + arn + ":7", missing.awsErrorDetails().errorMessage());
    }

    @Test
    void aSecondAliasWithTheSameNameConflicts(LambdaClient lambda) {
        String arn = TestFunctions.create(lambda, "double-alias", VERSION).functionArn();
        lambda.createAlias(r -> r.functionName("double-alias").name("live").functionVersion("$LATEST"));

        ResourceConflictException conflict = assertThrows(ResourceConflictException.class,
                () -> lambda.createAlias(r -> r.functionName("double-alias").name("live").functionVersion("$LATEST")));

        assertEquals("Alias already exists: " + arn + ":live", conflict.awsErrorDetails().errorMessage());
    }

    @Test
    void invokingAnAliasRunsAndReportsItsVersion(LambdaClient lambda) {
        TestFunctions.create(lambda, "invoked-alias", VERSION);
        lambda.publishVersion(r -> r.functionName("invoked-alias"));
        lambda.createAlias(r -> r.functionName("invoked-alias").name("live").functionVersion("1"));

        InvokeResponse byAlias = lambda.invoke(r -> r.functionName("invoked-alias").qualifier("live"));
        InvokeResponse byVersion = lambda.invoke(r -> r.functionName("invoked-alias:1"));
        InvokeResponse latest = lambda.invoke(r -> r.functionName("invoked-alias"));

        assertEquals("1", byAlias.executedVersion());
        assertEquals("\"1\"", byAlias.payload().asString(StandardCharsets.UTF_8));
        assertEquals("1", byVersion.executedVersion());
        assertEquals("$LATEST", latest.executedVersion());
        assertEquals("\"$LATEST\"", latest.payload().asString(StandardCharsets.UTF_8));
    }

    @Test
    void anAliasWithAllTheWeightOnItsAdditionalVersionRunsThatVersion(LambdaClient lambda) {
        TestFunctions.create(lambda, "weighted", VERSION);
        lambda.publishVersion(r -> r.functionName("weighted"));
        lambda.updateFunctionConfiguration(r -> r.functionName("weighted").timeout(10));
        lambda.publishVersion(r -> r.functionName("weighted"));
        lambda.createAlias(r -> r.functionName("weighted").name("canary").functionVersion("1")
                .routingConfig(c -> c.additionalVersionWeights(Map.of("2", 1.0))));

        InvokeResponse response = lambda.invoke(r -> r.functionName("weighted").qualifier("canary"));

        assertEquals("2", response.executedVersion());
        assertEquals(Map.of("2", 1.0),
                lambda.getAlias(r -> r.functionName("weighted").name("canary")).routingConfig().additionalVersionWeights());
    }

    @Test
    void aVersionAnAliasPointsAtCannotBeDeleted(LambdaClient lambda) {
        TestFunctions.create(lambda, "kept-version", VERSION);
        lambda.publishVersion(r -> r.functionName("kept-version"));
        lambda.createAlias(r -> r.functionName("kept-version").name("live").functionVersion("1"));

        ResourceConflictException conflict = assertThrows(ResourceConflictException.class,
                () -> lambda.deleteFunction(r -> r.functionName("kept-version").qualifier("1")));

        assertEquals("Unable to delete version because the following aliases reference it: [live]",
                conflict.awsErrorDetails().errorMessage());
    }

    @Test
    void deletingAVersionKeepsTheFunction(LambdaClient lambda) {
        TestFunctions.create(lambda, "pruned", VERSION);
        lambda.publishVersion(r -> r.functionName("pruned"));

        lambda.deleteFunction(r -> r.functionName("pruned").qualifier("1"));

        assertThrows(ResourceNotFoundException.class,
                () -> lambda.getFunction(r -> r.functionName("pruned").qualifier("1")));
        assertTrue(lambda.getFunction(r -> r.functionName("pruned")).configuration().version().equals("$LATEST"));
    }
}
