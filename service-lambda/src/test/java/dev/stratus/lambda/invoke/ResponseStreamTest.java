package dev.stratus.lambda.invoke;

import static dev.stratus.lambda.TestFunctions.ECHO;
import static dev.stratus.lambda.TestFunctions.FAILING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponseStreamUpdate;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamCompleteEvent;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamResponse;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamResponseHandler;

/** InvokeWithResponseStream through the asynchronous AWS SDK client, which decodes the event stream. */
@ExtendWith(StratusExtension.class)
class ResponseStreamTest {

    @Test
    void responseArrivesAsAPayloadChunkThenInvokeComplete(LambdaClient lambda, LambdaAsyncClient async) throws Exception {
        TestFunctions.create(lambda, "streamed", ECHO);

        Received received = invoke(async, "streamed", "{\"hello\":\"stream\"}");

        assertEquals(200, received.response.statusCode());
        assertEquals("$LATEST", received.response.executedVersion());
        assertEquals("{\"hello\":\"stream\"}", received.payload.toString());
        assertEquals(1, received.completions.size());
        assertNull(received.completions.get(0).errorCode());
    }

    @Test
    void functionErrorIsReportedInInvokeComplete(LambdaClient lambda, LambdaAsyncClient async) throws Exception {
        TestFunctions.create(lambda, "streamed-failure", FAILING);

        Received received = invoke(async, "streamed-failure", "{}");

        assertEquals("Unhandled", received.completions.get(0).errorCode());
        assertTrue(received.completions.get(0).errorDetails().contains("boom"), received.completions.get(0).errorDetails());
    }

    private static Received invoke(LambdaAsyncClient async, String function, String payload) throws Exception {
        Received received = new Received();
        InvokeWithResponseStreamResponseHandler handler = InvokeWithResponseStreamResponseHandler.builder()
                .onResponse(response -> received.response = response)
                .subscriber(InvokeWithResponseStreamResponseHandler.Visitor.builder()
                        .onPayloadChunk((InvokeResponseStreamUpdate chunk) -> received.payload.writeBytes(chunk.payload().asByteArray()))
                        .onInvokeComplete(received.completions::add)
                        .build())
                .build();
        async.invokeWithResponseStream(r -> r.functionName(function).payload(SdkBytes.fromUtf8String(payload)), handler)
                .get(60, TimeUnit.SECONDS);
        return received;
    }

    private static final class Received {
        private InvokeWithResponseStreamResponse response;
        private final ByteArrayOutputStream payload = new ByteArrayOutputStream();
        private final List<InvokeWithResponseStreamCompleteEvent> completions = new ArrayList<>();
    }
}
