package dev.stratus.lambda.runtime;

import java.util.function.Consumer;

/**
 * One invocation to run.
 *
 * @param function      the function version to run
 * @param requestId     the invocation's request id (the function's {@code awsRequestId})
 * @param payload       the event bytes (JSON)
 * @param clientContext the base64-decoded client context JSON, or {@code null}
 * @param invokedArn    the ARN as invoked, with the alias or version it named ({@code null}: the version's own)
 * @param chunks        takes the response as a function streaming it writes it, chunk by chunk, or {@code null}
 *                      when the caller waits for the whole response (which is the result's payload either way)
 */
public record InvocationRequest(FunctionSpec function, String requestId, byte[] payload, String clientContext,
                                String invokedArn, Consumer<byte[]> chunks) {

    public InvocationRequest {
        if (invokedArn == null) {
            invokedArn = function.qualifiedFunctionArn();
        }
    }

    /** An invocation of the version itself whose caller waits for the whole response. */
    public InvocationRequest(FunctionSpec function, String requestId, byte[] payload, String clientContext) {
        this(function, requestId, payload, clientContext, null, null);
    }
}
