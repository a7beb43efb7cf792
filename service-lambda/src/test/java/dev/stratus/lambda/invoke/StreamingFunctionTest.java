package dev.stratus.lambda.invoke;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamCompleteEvent;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamResponseHandler;

/** A Node.js function wrapped in {@code awslambda.streamifyResponse} streams its response as it writes it. */
class StreamingFunctionTest {

    // The function waits for a file of the test's folder, which only a plain process sees.
    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().setting("lambda.isolation", "process").build();

    /** Writes "first;", waits until the file GO exists, then writes "second" and ends. */
    private static final String STREAMING = "const fs = require('fs'); "
            + "exports.handler = awslambda.streamifyResponse(async (event, responseStream) => { "
            + "responseStream.write('first;'); "
            + "while (!fs.existsSync(process.env.GO)) { await new Promise((r) => setTimeout(r, 20)); } "
            + "responseStream.write('second'); responseStream.end(); });";

    @TempDir
    Path folder;

    @Test
    void theFirstChunkArrivesBeforeTheFunctionFinishes() throws Exception {
        Path go = folder.resolve("go");
        LambdaClient lambda = stratus.client(LambdaClient.class);
        TestFunctions.createWithEnvironment(lambda, "streaming", STREAMING, Map.of("GO", go.toString()));
        List<String> chunks = new CopyOnWriteArrayList<>();
        List<InvokeWithResponseStreamCompleteEvent> completions = new CopyOnWriteArrayList<>();
        InvokeWithResponseStreamResponseHandler handler = InvokeWithResponseStreamResponseHandler.builder()
                .subscriber(InvokeWithResponseStreamResponseHandler.Visitor.builder()
                        .onPayloadChunk(chunk -> chunks.add(chunk.payload().asUtf8String()))
                        .onInvokeComplete(completions::add)
                        .build())
                .build();

        CompletableFuture<Void> streamed = stratus.client(LambdaAsyncClient.class)
                .invokeWithResponseStream(r -> r.functionName("streaming"), handler);

        await().atMost(Duration.ofSeconds(60)).until(() -> String.join("", chunks).equals("first;"));
        assertFalse(streamed.isDone());
        assertEquals(List.of(), completions);
        Files.writeString(go, "go");
        streamed.get(60, TimeUnit.SECONDS);
        assertEquals("first;second", String.join("", chunks));
        assertEquals(1, completions.size());
        assertNull(completions.get(0).errorCode());
    }

    @Test
    void invokeGetsAStreamingFunctionsWholeResponse() throws Exception {
        Path go = folder.resolve("go-at-once");
        Files.writeString(go, "go");
        LambdaClient lambda = stratus.client(LambdaClient.class);
        TestFunctions.createWithEnvironment(lambda, "streaming-buffered", STREAMING, Map.of("GO", go.toString()));

        String payload = lambda.invoke(r -> r.functionName("streaming-buffered")).payload().asUtf8String();

        assertEquals("first;second", payload);
    }
}
