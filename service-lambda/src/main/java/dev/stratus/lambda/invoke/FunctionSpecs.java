package dev.stratus.lambda.invoke;

import dev.stratus.lambda.code.CodeStore;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionSnapshot;
import dev.stratus.lambda.function.FunctionVersion;
import dev.stratus.lambda.function.FunctionVersion.FunctionConfiguration;
import dev.stratus.lambda.layer.OptDirectories;
import dev.stratus.lambda.runtime.FunctionSpec;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;

/** What an execution environment is told of a function version: its configuration, unpacked code and layers. */
@Singleton
public class FunctionSpecs {

    private final CodeStore code;
    private final OptDirectories optDirectories;

    @Inject
    public FunctionSpecs(CodeStore code, OptDirectories optDirectories) {
        this.code = code;
        this.optDirectories = optDirectories;
    }

    public FunctionSpec of(FunctionSnapshot target) {
        FunctionVersion version = target.version();
        FunctionConfiguration configuration = version.configuration();
        FunctionArn arn = target.arn().unqualified();
        return new FunctionSpec(version.functionName(), arn.qualified(version.version()).toString(), version.version(),
                configuration.runtime(), configuration.handler(), configuration.timeout(), configuration.memorySize(),
                configuration.ephemeralStorage(),
                configuration.environment() == null ? Map.of() : configuration.environment(),
                code.directory(version.codeSha256()), version.codeSha256(), arn.accountId(), arn.region(),
                optDirectories.directory(configuration.layers()));
    }
}
