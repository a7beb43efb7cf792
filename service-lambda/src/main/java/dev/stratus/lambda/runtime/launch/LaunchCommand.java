package dev.stratus.lambda.runtime.launch;

import java.util.List;
import java.util.Map;

/**
 * How to start a function's runtime process.
 *
 * @param command          the executable and its arguments
 * @param runtimeVariables the variables this runtime adds to the function's environment
 *                         ({@code AWS_EXECUTION_ENV}, {@code LAMBDA_RUNTIME_DIR}, {@code NODE_PATH}, ...)
 */
public record LaunchCommand(List<String> command, Map<String, String> runtimeVariables) {

    public LaunchCommand {
        command = List.copyOf(command);
        runtimeVariables = Map.copyOf(runtimeVariables);
    }
}
