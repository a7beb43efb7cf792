package dev.stratus.lambda.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.invoke.InvocationType;
import dev.stratus.lambda.invoke.Invocations;
import dev.stratus.lambda.invoke.InvokeOutcome;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Invoke, the legacy InvokeAsync, and InvokeWithResponseStream, whose event stream carries the whole response
 * in one chunk (functions here answer buffered).
 */
@Singleton
public class InvokeEndpoints implements LambdaRoutes {

    private final Invocations invocations;

    @Inject
    public InvokeEndpoints(Invocations invocations) {
        this.invocations = invocations;
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

    private ServiceResponse invokeWithResponseStream(RestRequest request) {
        InvocationType type = InvocationType.fromHeader(request.header("X-Amz-Invocation-Type").orElse(null));
        if (type == InvocationType.EVENT) {
            throw LambdaErrors.validation("'Event'", "invocationType",
                    "Member must satisfy enum value set: [RequestResponse, DryRun]");
        }
        InvokeOutcome outcome = run(request, type);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/vnd.amazon.eventstream");
        if (outcome.executedVersion() != null) {
            headers.put("X-Amz-Executed-Version", outcome.executedVersion());
        }
        if (type == InvocationType.DRY_RUN) {
            return new ServiceResponse(outcome.status(), headers, new byte[0]);
        }
        EventStreamMessages stream = new EventStreamMessages();
        ObjectNode complete = request.mapper().createObjectNode();
        if (outcome.functionError() != null) {
            complete.put("ErrorCode", outcome.functionError());
            complete.put("ErrorDetails", new String(outcome.payload(), StandardCharsets.UTF_8));
        } else {
            stream.event("PayloadChunk", "application/octet-stream", outcome.payload());
        }
        if (outcome.logTail() != null) {
            complete.put("LogResult", outcome.logTail());
        }
        stream.event("InvokeComplete", "application/json", complete.toString().getBytes(StandardCharsets.UTF_8));
        return new ServiceResponse(200, headers, stream.toBytes());
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
