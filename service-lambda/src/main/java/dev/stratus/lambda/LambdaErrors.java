package dev.stratus.lambda;

import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.protocol.CommonErrors;
import java.util.List;

/** The errors Lambda answers, worded as AWS words them. */
public final class LambdaErrors {

    private LambdaErrors() {
    }

    public static AwsServiceException functionNotFound(String functionArn) {
        return new AwsServiceException("ResourceNotFoundException", "Function not found: " + functionArn, 404);
    }

    public static AwsServiceException aliasNotFound(String aliasArn) {
        return new AwsServiceException("ResourceNotFoundException", "Cannot find alias arn: " + aliasArn, 404);
    }

    public static AwsServiceException resourceNotFound() {
        return new AwsServiceException("ResourceNotFoundException", "The resource you requested does not exist.", 404);
    }

    public static AwsServiceException otherRegion(String arnRegion, String region) {
        return new AwsServiceException("ResourceNotFoundException",
                "Functions from '" + arnRegion + "' are not reachable in this region ('" + region + "')", 404);
    }

    public static AwsServiceException functionExists(String functionName) {
        return conflict("Function already exist: " + functionName);
    }

    public static AwsServiceException aliasExists(String aliasArn) {
        return conflict("Alias already exists: " + aliasArn);
    }

    public static AwsServiceException versionReferencedByAliases(List<String> aliases) {
        return conflict("Unable to delete version because the following aliases reference it: " + aliases);
    }

    public static AwsServiceException conflict(String message) {
        return new AwsServiceException("ResourceConflictException", message, 409);
    }

    public static AwsServiceException invalidParameter(String message) {
        return new AwsServiceException("InvalidParameterValueException", message, 400);
    }

    public static AwsServiceException invalidRequestContent(String message) {
        return new AwsServiceException("InvalidRequestContentException", message, 400);
    }

    /** A constraint of the API model broken, as AWS's request validation reports it. */
    public static AwsServiceException validation(String value, String member, String constraint) {
        return CommonErrors.validation("1 validation error detected: Value " + value + " at '" + member
                + "' failed to satisfy constraint: " + constraint);
    }

    public static AwsServiceException revisionMismatch(String api) {
        return new AwsServiceException("PreconditionFailedException",
                "The Revision Id provided does not match the latest Revision Id. Call the " + api
                        + " API to retrieve the latest Revision Id", 412);
    }

    public static AwsServiceException invokeRequestTooLarge(long limit) {
        return new AwsServiceException("RequestTooLargeException",
                "Request must be smaller than " + limit + " bytes for the InvokeFunction operation", 413);
    }

    public static AwsServiceException createRequestTooLarge(String operation, long limit) {
        return new AwsServiceException("RequestEntityTooLargeException",
                "Request must be smaller than " + limit + " bytes for the " + operation + " operation", 413);
    }

    public static AwsServiceException throttled() {
        return new AwsServiceException("TooManyRequestsException", "Rate Exceeded.", 429)
                .withField("Reason", "ReservedFunctionConcurrentInvocationLimitExceeded");
    }

    /** The function's runtime cannot run on this machine; the message says which runtime and which setting. */
    public static AwsServiceException runtimeUnavailable(String message) {
        return new AwsServiceException("InvalidRuntimeException", message, 502);
    }
}
