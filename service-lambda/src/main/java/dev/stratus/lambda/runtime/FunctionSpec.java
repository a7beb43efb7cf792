package dev.stratus.lambda.runtime;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an execution environment needs to know of a function version.
 *
 * @param functionName         the function's name
 * @param qualifiedFunctionArn the ARN with the version ({@code ...:function:name:$LATEST} or {@code :3})
 * @param version              {@code $LATEST} or the version number
 * @param runtime              e.g. {@code nodejs16.x}, {@code python3.12}, {@code java21}, {@code provided.al2023}
 * @param handler              e.g. {@code index.handler}
 * @param timeoutSeconds       the function's timeout
 * @param memoryMb             the configured memory size
 * @param ephemeralStorageMb   the size of the function's {@code /tmp}
 * @param environment          the user's environment variables
 * @param codeDirectory        the unpacked code (LAMBDA_TASK_ROOT), shared and read-only
 * @param codeSha256           the code's hash, identifying the unpacked directory
 * @param accountId            the function's account
 * @param region               the function's region
 * @param optDirectory         the function's layers merged (its {@code /opt}), shared and read-only
 */
public record FunctionSpec(
        String functionName,
        String qualifiedFunctionArn,
        String version,
        String runtime,
        String handler,
        int timeoutSeconds,
        int memoryMb,
        int ephemeralStorageMb,
        Map<String, String> environment,
        Path codeDirectory,
        String codeSha256,
        String accountId,
        String region,
        Path optDirectory) {

    public FunctionSpec {
        environment = Map.copyOf(environment);
    }
}
