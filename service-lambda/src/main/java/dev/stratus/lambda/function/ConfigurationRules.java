package dev.stratus.lambda.function;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.function.FunctionVersion.FunctionConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Checks a function's configuration as Lambda does, with Lambda's error codes and wording. */
public final class ConfigurationRules {

    private static final Pattern ROLE = Pattern.compile("arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
    private static final Pattern HANDLER = Pattern.compile("[^\\s]+");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[a-zA-Z]([a-zA-Z0-9_])+");
    private static final int MAX_TIMEOUT = 900;
    private static final int MAX_MEMORY = 10240;
    private static final int MAX_ENVIRONMENT_BYTES = 4096;
    private static final Set<String> RESERVED_VARIABLES = Set.of("_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION",
            "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
            "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME",
            "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");

    private ConfigurationRules() {
    }

    /** Checks the members a request sets, before they are applied. */
    public static void checkChange(ConfigurationChange change) {
        if (change.role() != null && !ROLE.matcher(change.role()).matches()) {
            throw LambdaErrors.validation("'" + change.role() + "'", "role",
                    "Member must satisfy regular expression pattern: " + ROLE.pattern());
        }
        if (change.handler() != null && (change.handler().length() > 128 || !HANDLER.matcher(change.handler()).matches())) {
            throw LambdaErrors.validation("'" + change.handler() + "'", "handler",
                    "Member must satisfy regular expression pattern: " + HANDLER.pattern());
        }
        if (change.description() != null && change.description().length() > 256) {
            throw LambdaErrors.validation("'" + change.description() + "'", "description",
                    "Member must have length less than or equal to 256");
        }
        checkTimeout(change.timeout());
        checkMemory(change.memorySize());
        if (change.runtime() != null) {
            Runtimes.check(change.runtime());
        }
        if (change.ephemeralStorage() != null && (change.ephemeralStorage() < 512 || change.ephemeralStorage() > 10240)) {
            throw LambdaErrors.validation("'" + change.ephemeralStorage() + "'", "ephemeralStorage.size",
                    "Member must have value " + (change.ephemeralStorage() < 512
                            ? "greater than or equal to 512" : "less than or equal to 10240"));
        }
        if (change.architectures() != null) {
            checkArchitectures(change.architectures());
        }
        if (change.environment() != null) {
            checkEnvironment(change.environment());
        }
    }

    /** Checks what a new function must have. */
    public static void checkComplete(FunctionConfiguration configuration) {
        if (configuration.role() == null) {
            throw LambdaErrors.validation("null", "role", "Member must not be null");
        }
        if (configuration.runtime() == null || configuration.handler() == null) {
            throw LambdaErrors.invalidParameter(
                    "Runtime and Handler are mandatory parameters for functions created with deployment packages.");
        }
    }

    private static void checkTimeout(Integer timeout) {
        if (timeout == null) {
            return;
        }
        if (timeout < 1) {
            throw LambdaErrors.validation("'" + timeout + "'", "timeout", "Member must have value greater than or equal to 1");
        }
        if (timeout > MAX_TIMEOUT) {
            throw LambdaErrors.validation("'" + timeout + "'", "timeout",
                    "Member must have value less than or equal to " + MAX_TIMEOUT);
        }
    }

    private static void checkMemory(Integer memorySize) {
        if (memorySize == null) {
            return;
        }
        if (memorySize < 128) {
            throw LambdaErrors.validation("'" + memorySize + "'", "memorySize",
                    "Member must have value greater than or equal to 128");
        }
        if (memorySize > MAX_MEMORY) {
            throw LambdaErrors.invalidParameter(
                    "'MemorySize' value failed to satisfy constraint: Member must have value less than or equal to " + MAX_MEMORY);
        }
    }

    private static void checkArchitectures(List<String> architectures) {
        if (architectures.size() != 1) {
            throw LambdaErrors.validation(architectures.toString(), "architectures",
                    "Member must have length less than or equal to 1");
        }
        String architecture = architectures.get(0);
        if (!architecture.equals("x86_64") && !architecture.equals("arm64")) {
            throw LambdaErrors.validation("'[" + architecture + "]'", "architectures",
                    "Member must satisfy constraint: [Member must satisfy enum value set: [x86_64, arm64]]");
        }
    }

    private static void checkEnvironment(Map<String, String> variables) {
        for (String name : variables.keySet()) {
            if (!VARIABLE_NAME.matcher(name).matches()) {
                throw LambdaErrors.validation("'" + name + "'", "environment.variables",
                        "Map keys must satisfy constraint: [Member must satisfy regular expression pattern: "
                                + VARIABLE_NAME.pattern() + "]");
            }
        }
        Set<String> reserved = new TreeSet<>(variables.keySet());
        reserved.retainAll(RESERVED_VARIABLES);
        if (!reserved.isEmpty()) {
            throw LambdaErrors.invalidParameter("Lambda was unable to configure your environment variables because the "
                    + "environment variables you have provided contains reserved keys that are currently not supported "
                    + "for modification. Reserved keys used in this request: " + String.join(", ", reserved));
        }
        int size = variables.entrySet().stream()
                .mapToInt(e -> e.getKey().getBytes(StandardCharsets.UTF_8).length
                        + e.getValue().getBytes(StandardCharsets.UTF_8).length)
                .sum();
        if (size > MAX_ENVIRONMENT_BYTES) {
            throw LambdaErrors.invalidParameter("Lambda was unable to configure your environment variables because the "
                    + "environment variables you have provided exceeded the 4KB limit. String measured: "
                    + variables.keySet());
        }
    }
}
