package dev.stratus.lambda.invoke;

import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionDirectory;
import dev.stratus.lambda.function.FunctionLocator;
import dev.stratus.lambda.function.Functions;
import dev.stratus.lambda.runtime.InvocationResult;
import dev.stratus.spi.AwsServiceException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/** The {@link FunctionDirectory} of this Stratus: its functions, invoked as a RequestResponse Invoke would. */
@Singleton
public class LocalFunctionDirectory implements FunctionDirectory {

    private final Functions functions;
    private final Invocations invocations;

    @Inject
    public LocalFunctionDirectory(Functions functions, Invocations invocations) {
        this.functions = functions;
        this.invocations = invocations;
    }

    @Override
    public Optional<String> resolve(String accountId, String region, String functionNameOrArn) {
        try {
            FunctionArn arn = FunctionLocator.locate(functionNameOrArn, null, accountId, region);
            functions.get(arn);
            return Optional.of(arn.toString());
        } catch (AwsServiceException notAFunction) {
            return Optional.empty();
        }
    }

    /** Throws Lambda's {@link AwsServiceException} when the function cannot run (gone, throttled). */
    @Override
    public InvocationResult invoke(String functionArn, byte[] payload) {
        return invocations.invokeDirectly(FunctionLocator.fromArn(functionArn), UUID.randomUUID().toString(), payload);
    }
}
