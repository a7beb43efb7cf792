package dev.stratus.lambda.runtime.environment;

/**
 * What the runtime answered for an invocation, or what Stratus concluded for it (the process exited, it
 * timed out).
 *
 * @param payload the response bytes, or the error JSON when {@code failed}
 * @param failed  whether the function failed ({@code X-Amz-Function-Error: Unhandled})
 */
record RuntimeOutcome(byte[] payload, boolean failed) {

    static RuntimeOutcome response(byte[] payload) {
        return new RuntimeOutcome(payload, false);
    }

    static RuntimeOutcome error(byte[] errorJson) {
        return new RuntimeOutcome(errorJson, true);
    }
}
