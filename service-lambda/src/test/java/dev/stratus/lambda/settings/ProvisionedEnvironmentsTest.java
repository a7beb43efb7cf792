package dev.stratus.lambda.settings;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetProvisionedConcurrencyConfigResponse;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.ProvisionedConcurrencyStatusEnum;
import software.amazon.awssdk.services.lambda.model.PutProvisionedConcurrencyConfigResponse;

/** Provisioned concurrency starts its execution environments ahead, and invocations of its qualifier use them. */
@ExtendWith(StratusExtension.class)
class ProvisionedEnvironmentsTest {

    /** Answers how its environment was initialised, and when its init ran. */
    private static final String REPORTING = "const initializedAt = Date.now(); "
            + "exports.handler = async () => ({ type: process.env.AWS_LAMBDA_INITIALIZATION_TYPE, initializedAt });";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ALLOCATION = Duration.ofSeconds(60);

    @Test
    void aliasIsInProgressUntilItsEnvironmentsHaveInitialisedThenReady(LambdaClient lambda) {
        publishWithAlias(lambda, "ahead", REPORTING);

        PutProvisionedConcurrencyConfigResponse put = lambda.putProvisionedConcurrencyConfig(r -> r.functionName("ahead")
                .qualifier("live").provisionedConcurrentExecutions(2));

        assertEquals(ProvisionedConcurrencyStatusEnum.IN_PROGRESS, put.status());
        assertEquals(0, put.availableProvisionedConcurrentExecutions());
        GetProvisionedConcurrencyConfigResponse ready = awaitStatus(lambda, "ahead", "live",
                ProvisionedConcurrencyStatusEnum.READY);
        assertEquals(2, ready.availableProvisionedConcurrentExecutions());
        assertEquals(2, ready.allocatedProvisionedConcurrentExecutions());
        assertEquals(2, ready.requestedProvisionedConcurrentExecutions());
    }

    @Test
    void invokingTheProvisionedAliasUsesAnEnvironmentInitialisedAhead(LambdaClient lambda) throws IOException {
        provisionedAlias(lambda, "warm-alias");
        long beforeInvoke = System.currentTimeMillis();

        InvokeResponse response = lambda.invoke(r -> r.functionName("warm-alias").qualifier("live").logType(LogType.TAIL));

        JsonNode answer = JSON.readTree(response.payload().asUtf8String());
        assertEquals("provisioned-concurrency", answer.path("type").asText());
        assertTrue(answer.path("initializedAt").asLong() <= beforeInvoke, answer::toString);
        String report = reportLine(response);
        assertFalse(report.contains("Init Duration"), report);
    }

    @Test
    void invokingAnotherQualifierStartsAnOnDemandEnvironment(LambdaClient lambda) throws IOException {
        provisionedAlias(lambda, "warm-only-alias");

        InvokeResponse response = lambda.invoke(r -> r.functionName("warm-only-alias").logType(LogType.TAIL));

        assertEquals("on-demand", JSON.readTree(response.payload().asUtf8String()).path("type").asText());
        assertTrue(reportLine(response).contains("Init Duration"), reportLine(response));
    }

    @Test
    void aFunctionWhoseInitFailsLeavesTheConfigFailed(LambdaClient lambda) {
        TestFunctions.create(lambda, "broken-init", "throw new Error('cannot start');");
        lambda.publishVersion(r -> r.functionName("broken-init"));

        lambda.putProvisionedConcurrencyConfig(r -> r.functionName("broken-init").qualifier("1")
                .provisionedConcurrentExecutions(1));

        GetProvisionedConcurrencyConfigResponse failed = awaitStatus(lambda, "broken-init", "1",
                ProvisionedConcurrencyStatusEnum.FAILED);
        assertEquals("FUNCTION_ERROR_INIT_FAILURE", failed.statusReason());
        assertEquals(0, failed.availableProvisionedConcurrentExecutions());
    }

    @Test
    void deletingTheConfigLetsTheAliasRunOnDemand(LambdaClient lambda) throws IOException {
        provisionedAlias(lambda, "unprovisioned");

        lambda.deleteProvisionedConcurrencyConfig(r -> r.functionName("unprovisioned").qualifier("live"));

        InvokeResponse response = lambda.invoke(r -> r.functionName("unprovisioned").qualifier("live"));
        assertEquals("on-demand", JSON.readTree(response.payload().asUtf8String()).path("type").asText());
    }

    @Test
    void deletingTheAliasStopsItsEnvironments(LambdaClient lambda, URI endpoint) {
        String version = provisionedAlias(lambda, "released");
        assertTrue(health(endpoint).contains(version + " warm"));

        lambda.deleteAlias(r -> r.functionName("released").name("live"));

        await().atMost(ALLOCATION).until(() -> !health(endpoint).contains(version + " "));
    }

    /** A {@link #REPORTING} function whose alias {@code live} has one environment ready ahead; the version's ARN. */
    private static String provisionedAlias(LambdaClient lambda, String name) {
        String version = publishWithAlias(lambda, name, REPORTING);
        lambda.putProvisionedConcurrencyConfig(r -> r.functionName(name).qualifier("live")
                .provisionedConcurrentExecutions(1));
        awaitStatus(lambda, name, "live", ProvisionedConcurrencyStatusEnum.READY);
        return version;
    }

    /** Creates and publishes the function, and points alias {@code live} at version 1; the version's ARN. */
    private static String publishWithAlias(LambdaClient lambda, String name, String source) {
        TestFunctions.create(lambda, name, source);
        String version = lambda.publishVersion(r -> r.functionName(name)).functionArn();
        lambda.createAlias(r -> r.functionName(name).name("live").functionVersion("1"));
        return version;
    }

    private static GetProvisionedConcurrencyConfigResponse awaitStatus(LambdaClient lambda, String name, String qualifier,
                                                                       ProvisionedConcurrencyStatusEnum status) {
        return await().atMost(ALLOCATION).until(() -> lambda.getProvisionedConcurrencyConfig(
                r -> r.functionName(name).qualifier(qualifier)), config -> config.status() == status);
    }

    private static String reportLine(InvokeResponse response) {
        String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        return log.lines().filter(line -> line.startsWith("REPORT ")).findFirst().orElseThrow(() -> new AssertionError(log));
    }

    /** The Lambda part of the health report, which lists every execution environment. */
    private static String health(URI endpoint) {
        try {
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(endpoint.resolve("/_stratus/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(health.body()).path("services").path("lambda").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
