package dev.stratus.lambda.runtime.environment;

import dev.stratus.lambda.runtime.FunctionSpec;
import dev.stratus.lambda.runtime.isolation.EnvironmentFiles;
import dev.stratus.lambda.runtime.launch.LaunchCommand;
import java.io.File;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The environment variables a function sees: Lambda's standard ones, the function's own (which cannot
 * override the reserved ones), {@code AWS_ENDPOINT_URL} pointing at Stratus, and test credentials whose
 * access key is the function's account, so that its SDK calls stay in that account. The function's layers are
 * found where Lambda puts them on the paths, under {@code /opt} (or its stand-in) that {@value #OPT_DIRECTORY} names;
 * paths are as the environment's {@link EnvironmentFiles} show them.
 */
final class FunctionVariables {

    /** Names the stand-in for {@code /opt}, for handler code that reads its layers' files. */
    static final String OPT_DIRECTORY = "LAMBDA_OPT_DIR";
    private static final Set<String> RESERVED_BY_RUNTIME = Set.of("AWS_EXECUTION_ENV", "LAMBDA_RUNTIME_DIR");

    private FunctionVariables() {
    }

    static Map<String, String> of(FunctionSpec function, EnvironmentFiles files, LaunchCommand launch,
                                  String runtimeApi, String logStreamName, URI endpoint,
                                  Initialization initialization) {
        Map<String, String> variables = new HashMap<>(files.variables());
        variables.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin")
                + File.pathSeparator + files.opt().resolve("bin"));
        variables.put("LANG", "en_US.UTF-8");
        variables.put("TZ", ":UTC");
        variables.put("LD_LIBRARY_PATH", libraryPath(files));
        variables.put("AWS_ENDPOINT_URL", endpoint.toString());
        launch.runtimeVariables().forEach((name, value) -> {
            if (!RESERVED_BY_RUNTIME.contains(name)) {
                variables.put(name, value);
            }
        });
        variables.putAll(function.environment());
        variables.put("_HANDLER", function.handler());
        variables.put("AWS_REGION", function.region());
        variables.put("AWS_DEFAULT_REGION", function.region());
        variables.put("AWS_LAMBDA_FUNCTION_NAME", function.functionName());
        variables.put("AWS_LAMBDA_FUNCTION_VERSION", function.version());
        variables.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memoryMb()));
        variables.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.functionName());
        variables.put("AWS_LAMBDA_LOG_STREAM_NAME", logStreamName);
        variables.put("AWS_LAMBDA_INITIALIZATION_TYPE", initialization.variable());
        variables.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        variables.put("LAMBDA_TASK_ROOT", files.taskRoot().toString());
        variables.put(OPT_DIRECTORY, files.opt().toString());
        variables.put("AWS_ACCESS_KEY_ID", function.accountId());
        variables.put("AWS_SECRET_ACCESS_KEY", "test");
        variables.put("AWS_SESSION_TOKEN", "test");
        RESERVED_BY_RUNTIME.forEach(name -> {
            String value = launch.runtimeVariables().get(name);
            if (value != null) {
                variables.put(name, value);
            }
        });
        return variables;
    }

    private static String libraryPath(EnvironmentFiles files) {
        String own = files.taskRoot().resolve("lib") + File.pathSeparator + files.opt().resolve("lib");
        String host = System.getenv("LD_LIBRARY_PATH");
        return host == null || host.isEmpty() ? own : own + File.pathSeparator + host;
    }
}
