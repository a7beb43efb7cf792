package dev.stratus.lambda.invoke;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import software.amazon.awssdk.services.lambda.model.FunctionUrlAuthType;
import software.amazon.awssdk.services.lambda.model.InvokeMode;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamCompleteEvent;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamResponseHandler;

/**
 * A Node.js function wrapped in {@code awslambda.streamifyResponse} streams its response as it writes it, through
 * InvokeWithResponseStream and through a {@code RESPONSE_STREAM} function URL.
 */
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

    /** As {@link #STREAMING}, through a function URL's response stream, with a status and a header first. */
    private static final String STREAMING_HTTP = "const fs = require('fs'); "
            + "exports.handler = awslambda.streamifyResponse(async (event, responseStream) => { "
            + "const http = awslambda.HttpResponseStream.from(responseStream, "
            + "{ statusCode: 201, headers: { 'x-streamed': 'yes' } }); "
            + "http.write('first;'); "
            + "while (!fs.existsSync(process.env.GO)) { await new Promise((r) => setTimeout(r, 20)); } "
            + "http.write('second'); http.end(); });";

    @TempDir
    Path folder;

    @Test
    void aResponseStreamUrlSendsTheFirstChunkBeforeTheFunctionFinishes() throws Exception {
        Path go = folder.resolve("go-url");
        LambdaClient lambda = stratus.client(LambdaClient.class);
        TestFunctions.createWithEnvironment(lambda, "streaming-url", STREAMING_HTTP, Map.of("GO", go.toString()));
        String url = lambda.createFunctionUrlConfig(r -> r.functionName("streaming-url")
                .authType(FunctionUrlAuthType.NONE).invokeMode(InvokeMode.RESPONSE_STREAM)).functionUrl();
        String urlId = URI.create(url).getHost().split("\\.")[0];

        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                stratus.endpoint().resolve("/lambda-url/" + urlId + "/")).build(), HttpResponse.BodyHandlers.ofInputStream());
        StringBuffer body = new StringBuffer();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> readInto(response.body(), body));

        assertEquals(201, response.statusCode());
        assertEquals("yes", response.headers().firstValue("x-streamed").orElse(null));
        await().atMost(Duration.ofSeconds(60)).until(() -> body.toString().equals("first;"));
        assertFalse(reading.isDone());
        Files.writeString(go, "go");
        reading.get(60, TimeUnit.SECONDS);
        assertEquals("first;second", body.toString());
    }

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

    private static void readInto(InputStream in, StringBuffer body) {
        byte[] buffer = new byte[1024];
        try (in) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                body.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
