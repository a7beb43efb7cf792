package dev.stratus.lambda.runtime.environment;

import dev.stratus.lambda.runtime.isolation.IsolationMode;

/**
 * One execution environment as an operator sees it.
 *
 * @param qualifiedFunctionArn the function version it runs
 * @param busy                 whether it runs an invocation now (else it is warm, waiting for one)
 * @param isolation            how it is kept apart from the host
 * @param memoryPeakMb         the highest memory its processes held, in MB
 */
public record EnvironmentState(String qualifiedFunctionArn, boolean busy, IsolationMode isolation, long memoryPeakMb) {
}
