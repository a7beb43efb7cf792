package dev.stratus.lambda.runtime;

import java.util.Set;

/**
 * Runs one invocation of a function version in an execution environment (a local process speaking the
 * Lambda Runtime API): reuses a warm environment or starts one, enforces the timeout, and collects the logs.
 */
public interface FunctionInvoker {

    /** Runs the invocation and waits for its outcome; function failures are results, not exceptions. */
    InvocationResult invoke(InvocationRequest request);

    /** Stops every environment of the function version (its code or configuration changed, or it was deleted). */
    void discard(String qualifiedFunctionArn);

    /**
     * Keeps {@code count} environments of {@code function} started ahead for the alias or version
     * {@code targetArn}, which its invocations use first: starts them unless those kept are already for this
     * function version and count (replacing others), and tells where they stand.
     */
    Provisioning provision(String targetArn, FunctionSpec function, int count);

    /** Stops the environments started ahead for the alias or version; nothing when it has none. */
    void unprovision(String targetArn);

    /** The function versions that execution environments run now (their code and layers are in use). */
    Set<FunctionSpec> running();

    /** Runs {@code listener} each time an execution environment has stopped. */
    void onEnvironmentStopped(Runnable listener);
}
