package dev.stratus.lambda.runtime;

/**
 * One invocation to run.
 *
 * @param function      the function version to run
 * @param requestId     the invocation's request id (the function's {@code awsRequestId})
 * @param payload       the event bytes (JSON)
 * @param clientContext the base64-decoded client context JSON, or {@code null}
 */
public record InvocationRequest(FunctionSpec function, String requestId, byte[] payload, String clientContext) {
}
