package dev.stratus.lambda.function;

import static dev.stratus.lambda.TestFunctions.ECHO;
import static dev.stratus.lambda.TestFunctions.ROLE;
import static dev.stratus.lambda.TestFunctions.code;
import static dev.stratus.lambda.TestFunctions.node;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.lambda.TestZips;
import dev.stratus.testkit.StratusExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.Environment;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.LastUpdateStatus;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.State;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionCodeResponse;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionConfigurationResponse;

@ExtendWith(StratusExtension.class)
class FunctionLifecycleTest {

    @Test
    void createFunctionAnswersPendingWithLambdasDefaults(LambdaClient lambda) throws Exception {
        byte[] zip = TestZips.of("index.js", ECHO);

        CreateFunctionResponse created = lambda.createFunction(node("defaults", ECHO)
                .code(c -> c.zipFile(software.amazon.awssdk.core.SdkBytes.fromByteArray(zip))).build());

        assertEquals("defaults", created.functionName());
        assertTrue(created.functionArn().matches("arn:aws:lambda:us-east-1:\\d{12}:function:defaults"));
        assertEquals(State.PENDING, created.state());
        assertEquals("The function is being created.", created.stateReason());
        assertEquals("Creating", created.stateReasonCodeAsString());
        assertEquals(3, created.timeout());
        assertEquals(128, created.memorySize());
        assertEquals("$LATEST", created.version());
        assertEquals("nodejs20.x", created.runtimeAsString());
        assertEquals("index.handler", created.handler());
        assertEquals(ROLE, created.role());
        assertEquals("", created.description());
        assertEquals(zip.length, created.codeSize());
        assertEquals(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(zip)),
                created.codeSha256());
        assertTrue(created.lastModified().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000"),
                created.lastModified());
        assertEquals("Zip", created.packageTypeAsString());
        assertEquals(List.of(Architecture.X86_64), created.architectures());
        assertEquals(512, created.ephemeralStorage().size());
        assertEquals("PassThrough", created.tracingConfig().modeAsString());
        assertEquals("Text", created.loggingConfig().logFormatAsString());
        assertEquals("/aws/lambda/defaults", created.loggingConfig().logGroup());
        assertEquals("None", created.snapStart().applyOnAsString());
        assertTrue(created.runtimeVersionConfig().runtimeVersionArn().startsWith("arn:aws:lambda:us-east-1::runtime:"));
        assertTrue(created.revisionId().matches("[0-9a-f-]{36}"));
    }

    @Test
    void theActiveWaiterSeesTheFunctionActiveAndSuccessful(LambdaClient lambda) {
        lambda.createFunction(node("waited", ECHO).build());

        GetFunctionResponse active = lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName("waited"))
                .matched().response().orElseThrow();

        assertEquals(State.ACTIVE, active.configuration().state());
        assertEquals(LastUpdateStatus.SUCCESSFUL, active.configuration().lastUpdateStatus());
    }

    @Test
    void getFunctionGivesAUrlFromWhichTheZipDownloads(LambdaClient lambda) throws Exception {
        byte[] zip = TestZips.zip().file("index.js", ECHO).file("data.json", "{}").bytes();
        lambda.createFunction(node("downloadable", ECHO)
                .code(c -> c.zipFile(software.amazon.awssdk.core.SdkBytes.fromByteArray(zip))).build());

        GetFunctionResponse function = lambda.getFunction(r -> r.functionName("downloadable"));

        assertEquals("S3", function.code().repositoryType());
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(function.code().location())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(zip, download.body());
    }

    @Test
    void functionsCanBeNamedByNamePartialArnOrArn(LambdaClient lambda) {
        CreateFunctionResponse created = TestFunctions.create(lambda, "named", ECHO);
        String arn = created.functionArn();
        String partial = arn.substring(arn.indexOf("us-east-1:") + "us-east-1:".length());

        for (String name : List.of("named", partial, arn, arn + ":$LATEST")) {
            assertEquals("named", lambda.getFunctionConfiguration(r -> r.functionName(name)).functionName(), name);
        }
    }

    @Test
    void listFunctionsPagesThroughEveryFunction(LambdaClient lambda) {
        IntStream.range(0, 5).forEach(i -> lambda.createFunction(node("listed-" + i, ECHO).build()));

        ListFunctionsResponse first = lambda.listFunctions(r -> r.maxItems(2));
        List<String> names = lambda.listFunctionsPaginator(r -> r.maxItems(2)).functions().stream()
                .map(FunctionConfiguration::functionName)
                .filter(name -> name.startsWith("listed-"))
                .toList();

        assertEquals(2, first.functions().size());
        assertTrue(first.nextMarker() != null);
        assertEquals(List.of("listed-0", "listed-1", "listed-2", "listed-3", "listed-4"), names);
    }

    @Test
    void updateFunctionCodeAnswersInProgressThenTheUpdatedWaiterSucceeds(LambdaClient lambda) {
        String before = TestFunctions.create(lambda, "recoded", ECHO).codeSha256();

        UpdateFunctionCodeResponse updated = lambda.updateFunctionCode(r -> r.functionName("recoded")
                .zipFile(code(TestFunctions.GREETING).zipFile()));

        assertEquals(LastUpdateStatus.IN_PROGRESS, updated.lastUpdateStatus());
        assertEquals(State.ACTIVE, updated.state());
        assertNotEquals(before, updated.codeSha256());
        GetFunctionResponse settled = lambda.waiter().waitUntilFunctionUpdatedV2(r -> r.functionName("recoded"))
                .matched().response().orElseThrow();
        assertEquals(updated.codeSha256(), settled.configuration().codeSha256());
    }

    @Test
    void updateFunctionConfigurationChangesOnlyWhatItSets(LambdaClient lambda) {
        TestFunctions.create(lambda, "reconfigured", ECHO);

        UpdateFunctionConfigurationResponse updated = lambda.updateFunctionConfiguration(r -> r
                .functionName("reconfigured").timeout(30).memorySize(256).description("tuned")
                .environment(Environment.builder().variables(Map.of("GREETING", "hi")).build()));

        assertEquals(LastUpdateStatus.IN_PROGRESS, updated.lastUpdateStatus());
        GetFunctionConfigurationResponse read = lambda.getFunctionConfiguration(r -> r.functionName("reconfigured"));
        assertEquals(30, read.timeout());
        assertEquals(256, read.memorySize());
        assertEquals("tuned", read.description());
        assertEquals(Map.of("GREETING", "hi"), read.environment().variables());
        assertEquals("index.handler", read.handler());
        assertEquals(LastUpdateStatus.SUCCESSFUL, read.lastUpdateStatus());
    }

    @Test
    void aDeletedFunctionIsGone(LambdaClient lambda) {
        String arn = TestFunctions.create(lambda, "deleted", ECHO).functionArn();

        lambda.deleteFunction(r -> r.functionName("deleted"));

        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> lambda.getFunction(r -> r.functionName("deleted")));
        assertEquals("Function not found: " + arn, missing.awsErrorDetails().errorMessage());
        assertEquals(404, missing.statusCode());
        assertNull(lambda.listFunctions().functions().stream()
                .filter(f -> f.functionName().equals("deleted")).findAny().orElse(null));
    }
}
