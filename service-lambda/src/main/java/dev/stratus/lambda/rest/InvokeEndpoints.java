package dev.stratus.lambda.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.invoke.InvocationType;
import dev.stratus.lambda.invoke.Invocations;
import dev.stratus.lambda.invoke.InvokeOutcome;
import dev.stratus.lambda.invoke.ResponseStreams;
import dev.stratus.lambda.invoke.StreamedInvocation;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Invoke, the legacy InvokeAsync, and InvokeWithResponseStream, whose event stream carries the response as the
 * function streams it.
 */
@Singleton
public class InvokeEndpoints implements LambdaRoutes {

    private final Invocations invocations;
    private final ResponseStreams streams;

    @Inject
    public InvokeEndpoints(Invocations invocations, ResponseStreams streams) {
        this.invocations = invocations;
        this.streams = streams;
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        routes.route("POST", "/2015-03-31/functions/{FunctionName}/invocations", "Invoke", this::invoke)
                .route("POST", "/2014-11-13/functions/{FunctionName}/invoke-async", "InvokeAsync", this::invokeAsync)
                .route("POST", "/2021-11-15/functions/{FunctionName}/response-streaming-invocations",
                        "InvokeWithResponseStream", this::invokeWithResponseStream);
    }

    private ServiceResponse invoke(RestRequest request) {
        InvocationType type = InvocationType.fromHeader(request.header("X-Amz-Invocation-Type").orElse(null));
        InvokeOutcome outcome = run(request, type);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (outcome.executedVersion() != null) {
            headers.put("X-Amz-Executed-Version", outcome.executedVersion());
        }
        if (outcome.functionError() != null) {
            headers.put("X-Amz-Function-Error", outcome.functionError());
        }
        if (outcome.logTail() != null) {
            headers.put("X-Amz-Log-Result", outcome.logTail());
        }
        return new ServiceResponse(outcome.status(), headers, outcome.payload());
    }

    /**
     * Answers at once with the event stream, once the function began to answer: each chunk it streams becomes a
     * PayloadChunk as it writes it (a buffered answer one PayloadChunk), then InvokeComplete.
     */
    private ServiceResponse invokeWithResponseStream(RestRequest request) {
        InvocationType type = InvocationType.fromHeader(request.header("X-Amz-Invocation-Type").orElse(null));
        if (type == InvocationType.EVENT) {
            throw LambdaErrors.validation("'Event'", "invocationType",
                    "Member must satisfy enum value set: [RequestResponse, DryRun]");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/vnd.amazon.eventstream");
        if (type == InvocationType.DRY_RUN) {
            return new ServiceResponse(run(request, type).status(), headers, new byte[0]);
        }
        StreamedInvocation invocation = streams.start(FunctionEndpoints.target(request), request.context().requestId(),
                request.raw().body(), checkLogType(request.header("X-Amz-Log-Type").orElse(null)),
                clientContext(request.header("X-Amz-Client-Context").orElse(null)));
        invocation.awaitStart();
        headers.put("X-Amz-Executed-Version", invocation.executedVersion());
        return ServiceResponse.streamed(200, headers, out -> complete(request, invocation, new EventStreamMessages(out)));
    }

    private static void complete(RestRequest request, StreamedInvocation invocation, EventStreamMessages stream)
            throws IOException {
        AtomicBoolean streamed = new AtomicBoolean();
        InvokeOutcome outcome = invocation.drain(chunk -> {
            streamed.set(true);
            stream.event("PayloadChunk", "application/octet-stream", chunk);
        });
        ObjectNode complete = request.mapper().createObjectNode();
        if (outcome.functionError() != null) {
            complete.put("ErrorCode", outcome.functionError());
            complete.put("ErrorDetails", new String(outcome.payload(), StandardCharsets.UTF_8));
        } else if (!streamed.get()) {
            stream.event("PayloadChunk", "application/octet-stream", outcome.payload());
        }
        if (outcome.logTail() != null) {
            complete.put("LogResult", outcome.logTail());
        }
        stream.event("InvokeComplete", "application/json", complete.toString().getBytes(StandardCharsets.UTF_8));
    }

    private InvokeOutcome run(RestRequest request, InvocationType type) {
        boolean tail = checkLogType(request.header("X-Amz-Log-Type").orElse(null));
        return invocations.invoke(FunctionEndpoints.target(request), type, request.context().requestId(),
                request.raw().body(), tail, clientContext(request.header("X-Amz-Client-Context").orElse(null)));
    }

    private ServiceResponse invokeAsync(RestRequest request) {
        invocations.invoke(FunctionEndpoints.target(request), InvocationType.EVENT, request.context().requestId(),
                request.raw().body(), false, null);
        return request.respond(202, Map.of("Status", 202));
    }

    private static boolean checkLogType(String logType) {
        if (logType == null || logType.equals("None")) {
            return false;
        }
        if (logType.equals("Tail")) {
            return true;
        }
        throw LambdaErrors.validation("'" + logType + "'", "logType", "Member must satisfy enum value set: [None, Tail]");
    }

    private static String clientContext(String header) {
        if (header == null) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(header), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw LambdaErrors.invalidRequestContent("Client context must be a valid Base64-encoded JSON object.");
        }
    }
}
