package dev.stratus.lambda.invoke;

import static dev.stratus.lambda.TestFunctions.ECHO;
import static dev.stratus.lambda.TestFunctions.LOGGING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidRequestContentException;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.RequestTooLargeException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

@ExtendWith(StratusExtension.class)
class InvokeTest {

    private static final String REFERENCE_FUNCTION = "console.log('Loading function'); var AWS = require('aws-sdk'); "
            + "exports.handler = function(event, context, callback) { event.Records.forEach(function(record) { "
            + "console.log('Stream record: ', JSON.stringify(record, null, 2)); }); "
            + "callback(null, \"Successfully processed \" + event.Records.length + \" records.\"); };";
    private static final String STREAM_EVENT = "{\"Records\":[{\"eventID\":\"1\",\"eventName\":\"INSERT\","
            + "\"eventVersion\":\"1.0\",\"eventSource\":\"aws:dynamodb\",\"awsRegion\":\"us-east-1\",\"dynamodb\":{"
            + "\"Keys\":{\"Id\":{\"N\":\"101\"}},\"NewImage\":{\"Message\":{\"S\":\"New item!\"},\"Id\":{\"N\":\"101\"}},"
            + "\"SequenceNumber\":\"111\",\"SizeBytes\":26,\"StreamViewType\":\"NEW_AND_OLD_IMAGES\"},"
            + "\"eventSourceARN\":\"arn:aws:dynamodb:us-east-1:000000000000:table/BarkTable/stream/2024-01-01T00:00:00.000\"}]}";

    @Test
    void requestResponseAnswersTheFunctionsResult(LambdaClient lambda) {
        TestFunctions.create(lambda, "echo", ECHO);

        InvokeResponse response = lambda.invoke(r -> r.functionName("echo")
                .payload(SdkBytes.fromUtf8String("{\"hello\":\"world\"}")));

        assertEquals(200, response.statusCode());
        assertEquals("{\"hello\":\"world\"}", response.payload().asUtf8String());
        assertEquals("$LATEST", response.executedVersion());
        assertNull(response.functionError());
        assertNull(response.logResult());
    }

    @Test
    void aPayloadThatIsNotJsonIsRefusedBeforeTheFunctionRuns(LambdaClient lambda) {
        TestFunctions.create(lambda, "strict", LOGGING);

        InvalidRequestContentException refused = assertThrows(InvalidRequestContentException.class,
                () -> lambda.invoke(r -> r.functionName("strict").payload(SdkBytes.fromUtf8String("not json"))));

        assertEquals(400, refused.statusCode());
        assertTrue(refused.awsErrorDetails().errorMessage().startsWith("Could not parse request body into json: "
                + "Could not parse payload into json: Unrecognized token 'not'"), refused.awsErrorDetails().errorMessage());
        assertTrue(refused.awsErrorDetails().errorMessage().contains("at [Source: (byte[])\"not json\"; line: 1"),
                refused.awsErrorDetails().errorMessage());
    }

    @Test
    void theReferenceStreamFunctionProcessesOneRecord(LambdaClient lambda) {
        lambda.createFunction(TestFunctions.node("reference", REFERENCE_FUNCTION).runtime("nodejs16.x").build());
        lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName("reference"));

        InvokeResponse response = lambda.invoke(r -> r.functionName("reference")
                .payload(SdkBytes.fromUtf8String(STREAM_EVENT)));

        assertNull(response.functionError(), () -> response.payload().asUtf8String());
        assertEquals("\"Successfully processed 1 records.\"", response.payload().asUtf8String());
    }

    @Test
    void aFailingFunctionAnswersItsErrorWithTheFunctionErrorHeader(LambdaClient lambda) {
        TestFunctions.create(lambda, "failing", TestFunctions.FAILING);

        InvokeResponse response = lambda.invoke(r -> r.functionName("failing"));

        assertEquals(200, response.statusCode());
        assertEquals("Unhandled", response.functionError());
        String error = response.payload().asUtf8String();
        assertTrue(error.contains("\"errorMessage\":\"boom\""), error);
        assertTrue(error.contains("\"errorType\":\"Error\""), error);
    }

    @Test
    void logTypeTailAnswersTheEndOfTheLog(LambdaClient lambda) {
        TestFunctions.create(lambda, "logging", TestFunctions.LOGGING);

        InvokeResponse response = lambda.invoke(r -> r.functionName("logging").logType(LogType.TAIL));

        String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        assertTrue(log.contains("hello from the function"), log);
        assertTrue(log.contains("START RequestId: "), log);
        assertTrue(log.contains("REPORT RequestId: "), log);
    }

    @Test
    void theFunctionSeesItsEnvironmentVariables(LambdaClient lambda) {
        TestFunctions.createWithEnvironment(lambda, "greeter", TestFunctions.GREETING, Map.of("GREETING", "bonjour"));

        assertEquals("\"bonjour\"", lambda.invoke(r -> r.functionName("greeter")).payload().asUtf8String());
    }

    @Test
    void dryRunChecksTheRequestWithoutRunning(LambdaClient lambda) {
        TestFunctions.create(lambda, "dry", ECHO);

        InvokeResponse response = lambda.invoke(r -> r.functionName("dry").invocationType(InvocationType.DRY_RUN));

        assertEquals(204, response.statusCode());
        assertThrows(ResourceNotFoundException.class,
                () -> lambda.invoke(r -> r.functionName("not-there").invocationType(InvocationType.DRY_RUN)));
    }

    @Test
    void eventInvocationsAreAcceptedWith202(LambdaClient lambda) {
        TestFunctions.create(lambda, "queued", ECHO);

        InvokeResponse response = lambda.invoke(r -> r.functionName("queued").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{}")));

        assertEquals(202, response.statusCode());
        assertEquals("", response.payload().asUtf8String());
    }

    @Test
    void synchronousPayloadsOverSixMegabytesAreRefused(LambdaClient lambda) {
        TestFunctions.create(lambda, "big-sync", ECHO);
        byte[] payload = jsonString(6_291_457);

        RequestTooLargeException refused = assertThrows(RequestTooLargeException.class,
                () -> lambda.invoke(r -> r.functionName("big-sync").payload(SdkBytes.fromByteArray(payload))));

        assertEquals(413, refused.statusCode());
        assertEquals("Request must be smaller than 6291456 bytes for the InvokeFunction operation",
                refused.awsErrorDetails().errorMessage());
    }

    @Test
    void eventPayloadsOver256KilobytesAreRefused(LambdaClient lambda) {
        TestFunctions.create(lambda, "big-event", ECHO);
        byte[] payload = jsonString(262_145);

        RequestTooLargeException refused = assertThrows(RequestTooLargeException.class,
                () -> lambda.invoke(r -> r.functionName("big-event").invocationType(InvocationType.EVENT)
                        .payload(SdkBytes.fromByteArray(payload))));

        assertEquals("Request must be smaller than 262144 bytes for the InvokeFunction operation",
                refused.awsErrorDetails().errorMessage());
    }

    @Test
    void aFunctionWithNoReservedConcurrencyIsThrottled(LambdaClient lambda) {
        TestFunctions.create(lambda, "throttled", ECHO);
        lambda.putFunctionConcurrency(r -> r.functionName("throttled").reservedConcurrentExecutions(0));

        TooManyRequestsException throttled = assertThrows(TooManyRequestsException.class,
                () -> lambda.invoke(r -> r.functionName("throttled")));

        assertEquals(429, throttled.statusCode());
        assertEquals("Rate Exceeded.", throttled.awsErrorDetails().errorMessage());
        assertEquals("ReservedFunctionConcurrentInvocationLimitExceeded", throttled.reasonAsString());
    }

    @Test
    void aResponseOverSixMegabytesFailsTheInvocation(LambdaClient lambda) {
        TestFunctions.create(lambda, "big-response", "exports.handler = async () => 'a'.repeat(7 * 1024 * 1024);");

        InvokeResponse response = lambda.invoke(r -> r.functionName("big-response"));

        assertEquals("Unhandled", response.functionError());
        String error = response.payload().asUtf8String();
        assertTrue(error.contains("\"errorType\":\"Function.ResponseSizeTooLarge\""), error);
        assertTrue(error.contains("Response payload size exceeded maximum allowed payload size"), error);
    }

    @Test
    void invokingAnUnknownFunctionIsNotFound(LambdaClient lambda) {
        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> lambda.invoke(r -> r.functionName("missing")));

        assertTrue(missing.awsErrorDetails().errorMessage().startsWith("Function not found: arn:aws:lambda:us-east-1:"));
    }

    /** A JSON string document of exactly {@code size} bytes. */
    private static byte[] jsonString(int size) {
        byte[] payload = new byte[size];
        java.util.Arrays.fill(payload, (byte) 'a');
        payload[0] = '"';
        payload[size - 1] = '"';
        return payload;
    }
}
