package dev.stratus.lambda.rest;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.function.FunctionArn;
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

/** Invoke, and the legacy InvokeAsync. */
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
                .route("POST", "/2014-11-13/functions/{FunctionName}/invoke-async", "InvokeAsync", this::invokeAsync);
    }

    private ServiceResponse invoke(RestRequest request) {
        FunctionArn arn = FunctionEndpoints.target(request);
        InvocationType type = InvocationType.fromHeader(request.header("X-Amz-Invocation-Type").orElse(null));
        boolean tail = checkLogType(request.header("X-Amz-Log-Type").orElse(null));
        InvokeOutcome outcome = invocations.invoke(arn, type, request.context().requestId(), request.raw().body(),
                tail, clientContext(request.header("X-Amz-Client-Context").orElse(null)));
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
