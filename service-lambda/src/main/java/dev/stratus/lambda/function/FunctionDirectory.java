package dev.stratus.lambda.function;

import dev.stratus.lambda.runtime.InvocationResult;
import java.util.Optional;

/**
 * The functions of this Stratus as other parts of the Lambda service see them (event source mappings):
 * look a function up, and invoke it as a synchronous Invoke would.
 */
public interface FunctionDirectory {

    /**
     * The function ARN that a name, partial ARN or ARN designates in the account and region, with its
     * qualifier if one was given, when that function (and qualifier) exists.
     */
    Optional<String> resolve(String accountId, String region, String functionNameOrArn);

    /** Invokes the function (its qualifier taken from the ARN, else {@code $LATEST}) with RequestResponse semantics. */
    InvocationResult invoke(String functionArn, byte[] payload);
}
