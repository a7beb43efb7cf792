package dev.stratus.lambda.rest;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.function.Functions;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The durable execution operations. Functions here run without durable execution, so none exists: each
 * operation answers as AWS does for an execution or callback it does not know, and a function lists none.
 */
@Singleton
public class DurableExecutionEndpoints implements LambdaRoutes {

    private static final String EXECUTION = "/2025-12-01/durable-executions/{DurableExecutionArn}";
    private static final String CALLBACK = "/2025-12-01/durable-execution-callbacks/{CallbackId}";
    private static final String EXECUTION_ARN = "arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\\d{12}):function:"
            + "([a-zA-Z0-9_-]+):(\\$LATEST(?:\\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)";
    private static final String CALLBACK_ID = "[A-Za-z0-9+/]+={0,2}";

    private final Functions functions;

    @Inject
    public DurableExecutionEndpoints(Functions functions) {
        this.functions = functions;
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        routes.route("GET", EXECUTION, "GetDurableExecution", this::unknownExecution)
                .route("GET", EXECUTION + "/history", "GetDurableExecutionHistory", this::unknownExecution)
                .route("POST", EXECUTION + "/stop", "StopDurableExecution", this::unknownExecution)
                .route("GET", EXECUTION + "/state", "GetDurableExecutionState", this::invalidCheckpoint)
                .route("POST", EXECUTION + "/checkpoint", "CheckpointDurableExecution", this::invalidCheckpoint)
                .route("POST", CALLBACK + "/succeed", "SendDurableExecutionCallbackSuccess", this::unknownCallback)
                .route("POST", CALLBACK + "/fail", "SendDurableExecutionCallbackFailure", this::unknownCallback)
                .route("POST", CALLBACK + "/heartbeat", "SendDurableExecutionCallbackHeartbeat", this::unknownCallback)
                .route("GET", "/2025-12-01/functions/{FunctionName}/durable-executions", "ListDurableExecutionsByFunction",
                        this::listByFunction);
    }

    private ServiceResponse unknownExecution(RestRequest request) {
        checkExecutionArn(request);
        throw LambdaErrors.resourceNotFound();
    }

    /** The operations a running execution calls with its checkpoint token; none is valid without an execution. */
    private ServiceResponse invalidCheckpoint(RestRequest request) {
        checkExecutionArn(request);
        throw LambdaErrors.invalidParameter("Invalid checkpoint token: no durable execution "
                + request.pathParam("DurableExecutionArn") + " is running.");
    }

    private ServiceResponse unknownCallback(RestRequest request) {
        String callbackId = request.pathParam("CallbackId");
        if (callbackId.length() > 1024 || !callbackId.matches(CALLBACK_ID)) {
            throw LambdaErrors.validation("'" + callbackId + "'", "callbackId",
                    "Member must satisfy regular expression pattern: " + CALLBACK_ID);
        }
        throw LambdaErrors.invalidParameter("Invalid callback id: " + callbackId);
    }

    private ServiceResponse listByFunction(RestRequest request) {
        functions.get(FunctionEndpoints.target(request));
        return request.respond(200, request.mapper().createObjectNode().set("DurableExecutions",
                request.mapper().createArrayNode()));
    }

    private static void checkExecutionArn(RestRequest request) {
        String arn = request.pathParam("DurableExecutionArn");
        if (arn.length() > 1024 || !arn.matches(EXECUTION_ARN)) {
            throw LambdaErrors.validation("'" + arn + "'", "durableExecutionArn",
                    "Member must satisfy regular expression pattern: " + EXECUTION_ARN);
        }
    }
}
