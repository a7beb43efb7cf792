package dev.stratus.lambda.runtime;

/**
 * One invocation to run.
 *
 * @param function      the function version to run
 * @param requestId     the invocation's request id (the function's {@code awsRequestId})
 * @param payload       the event bytes (JSON)
 * @param clientContext the base64-decoded client context JSON, or {@code null}
 * @param invokedArn    the ARN as invoked, with the alias or version it named ({@code null}: the version's own)
 */
public record InvocationRequest(FunctionSpec function, String requestId, byte[] payload, String clientContext,
                                String invokedArn) {

    public InvocationRequest {
        if (invokedArn == null) {
            invokedArn = function.qualifiedFunctionArn();
        }
    }
}
