package dev.stratus.lambda.settings;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionRepository;
import dev.stratus.lambda.function.Functions;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The settings Lambda keeps beside a function and reports back without changing how Stratus runs it: runtime
 * management (per version), recursive loop detection (per function) and scaling (per published version).
 */
@Singleton
public class FunctionSettings {

    private static final String RUNTIME_MANAGEMENT = "runtime-management";
    private static final String RECURSION = "recursion";
    private static final String SCALING = "scaling";
    private static final List<String> UPDATE_RUNTIME_ON = List.of("Auto", "Manual", "FunctionUpdate");
    private static final List<String> RECURSIVE_LOOP = List.of("Allow", "Terminate");
    private static final String RUNTIME_VERSION_ARN = "arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}::runtime:.+";
    private static final String SCALING_QUALIFIER = "(\\$LATEST\\.PUBLISHED|[0-9]+)";
    private static final int MAX_ENVIRONMENTS = 15_000;

    private final FunctionRepository repository;
    private final Functions functions;

    @Inject
    public FunctionSettings(FunctionRepository repository, Functions functions) {
        this.repository = repository;
        this.functions = functions;
    }

    /** The version a qualifier designates, as the ARN runtime management reports; the version must exist. */
    public FunctionArn versionArn(FunctionArn target) {
        functions.get(target);
        return target.unqualified().qualified(functions.versionOf(target));
    }

    public RuntimeManagementConfig putRuntimeManagement(FunctionArn target, RuntimeManagementConfig config) {
        String mode = config.updateRuntimeOn();
        if (mode == null) {
            throw LambdaErrors.validation("null", "updateRuntimeOn", "Member must not be null");
        }
        if (!UPDATE_RUNTIME_ON.contains(mode)) {
            throw LambdaErrors.validation("'" + mode + "'", "updateRuntimeOn",
                    "Member must satisfy enum value set: [Auto, Manual, FunctionUpdate]");
        }
        String runtimeVersion = config.runtimeVersionArn();
        if (runtimeVersion != null && !runtimeVersion.matches(RUNTIME_VERSION_ARN)) {
            throw LambdaErrors.validation("'" + runtimeVersion + "'", "runtimeVersionArn",
                    "Member must satisfy regular expression pattern: " + RUNTIME_VERSION_ARN);
        }
        if (mode.equals("Manual") != (runtimeVersion != null)) {
            throw LambdaErrors.invalidParameter(mode.equals("Manual")
                    ? "RuntimeVersionArn must be set when UpdateRuntimeOn is Manual."
                    : "RuntimeVersionArn can only be set when UpdateRuntimeOn is Manual.");
        }
        FunctionArn version = versionArn(target);
        repository.change(() -> {
            repository.commit(repository.putSetting(new WriteBatch(), version.unqualified(), RUNTIME_MANAGEMENT,
                    version.qualifier(), config));
            return null;
        });
        return config;
    }

    public RuntimeManagementConfig runtimeManagement(FunctionArn target) {
        FunctionArn version = versionArn(target);
        return repository.setting(version.unqualified(), RUNTIME_MANAGEMENT, version.qualifier(),
                RuntimeManagementConfig.class).orElse(RuntimeManagementConfig.AUTO);
    }

    public String putRecursiveLoop(FunctionArn target, String recursiveLoop) {
        if (recursiveLoop == null) {
            throw LambdaErrors.validation("null", "recursiveLoop", "Member must not be null");
        }
        if (!RECURSIVE_LOOP.contains(recursiveLoop)) {
            throw LambdaErrors.validation("'" + recursiveLoop + "'", "recursiveLoop",
                    "Member must satisfy enum value set: [Allow, Terminate]");
        }
        repository.change(() -> {
            functions.function(target);
            repository.commit(repository.putSetting(new WriteBatch(), target.unqualified(), RECURSION, "", recursiveLoop));
            return null;
        });
        return recursiveLoop;
    }

    /** {@code Terminate} unless the function was set to {@code Allow}. */
    public String recursiveLoop(FunctionArn target) {
        functions.function(target);
        return repository.setting(target.unqualified(), RECURSION, "", String.class).orElse("Terminate");
    }

    public void putScaling(FunctionArn target, ScalingConfig config) {
        checkScalingQualifier(target);
        checkEnvironments(config.minExecutionEnvironments(), "functionScalingConfig.minExecutionEnvironments");
        checkEnvironments(config.maxExecutionEnvironments(), "functionScalingConfig.maxExecutionEnvironments");
        functions.get(target);
        repository.change(() -> {
            repository.commit(repository.putSetting(new WriteBatch(), target.unqualified(), SCALING, target.qualifier(),
                    config));
            return null;
        });
    }

    /** The scaling the version was given, or {@code null} when none was. */
    public ScalingConfig scaling(FunctionArn target) {
        checkScalingQualifier(target);
        functions.get(target);
        return repository.setting(target.unqualified(), SCALING, target.qualifier(), ScalingConfig.class).orElse(null);
    }

    private static void checkScalingQualifier(FunctionArn target) {
        String qualifier = target.qualifier();
        if (qualifier == null) {
            throw LambdaErrors.validation("null", "qualifier", "Member must not be null");
        }
        if (!qualifier.matches(SCALING_QUALIFIER)) {
            throw LambdaErrors.validation("'" + qualifier + "'", "qualifier",
                    "Member must satisfy regular expression pattern: " + SCALING_QUALIFIER);
        }
    }

    private static void checkEnvironments(Integer value, String member) {
        if (value != null && (value < 0 || value > MAX_ENVIRONMENTS)) {
            throw LambdaErrors.validation("'" + value + "'", member, value < 0
                    ? "Member must have value greater than or equal to 0"
                    : "Member must have value less than or equal to " + MAX_ENVIRONMENTS);
        }
    }
}
