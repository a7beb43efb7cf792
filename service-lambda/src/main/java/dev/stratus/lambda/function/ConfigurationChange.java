package dev.stratus.lambda.function;

import dev.stratus.lambda.function.FunctionVersion.FunctionConfiguration;
import java.util.List;
import java.util.Map;

/**
 * The configuration members a CreateFunction or UpdateFunctionConfiguration request sets; {@code null} members
 * are left as they are.
 */
public record ConfigurationChange(
        String description,
        String runtime,
        String handler,
        String role,
        Integer timeout,
        Integer memorySize,
        Map<String, String> environment,
        List<String> architectures,
        Integer ephemeralStorage,
        String tracingMode,
        String logFormat,
        String logGroup,
        List<FunctionLayer> layers) {

    /** What a new function is configured with when its creation leaves a member out. */
    public static FunctionConfiguration defaults(String functionName) {
        return new FunctionConfiguration("", null, null, null, 3, 128, null, List.of("x86_64"), 512,
                "PassThrough", "Text", "/aws/lambda/" + functionName, List.of());
    }

    public FunctionConfiguration applyTo(FunctionConfiguration base) {
        return new FunctionConfiguration(
                or(description, base.description()),
                or(runtime, base.runtime()),
                or(handler, base.handler()),
                or(role, base.role()),
                or(timeout, base.timeout()),
                or(memorySize, base.memorySize()),
                environment == null ? base.environment() : environment,
                or(architectures, base.architectures()),
                or(ephemeralStorage, base.ephemeralStorage()),
                or(tracingMode, base.tracingMode()),
                or(logFormat, base.logFormat()),
                or(logGroup, base.logGroup()),
                or(layers, base.layers()));
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
