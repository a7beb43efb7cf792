package dev.stratus.spi.protocol;

import dev.stratus.spi.AwsServiceException;
import java.util.Map;

/** Errors every AWS service answers the same way, worded as AWS words them. */
public final class CommonErrors {

    public static final String CORAL_SERVICE = "com.amazon.coral.service";
    public static final String CORAL_VALIDATE = "com.amazon.coral.validate";

    private CommonErrors() {
    }

    public static AwsServiceException unknownOperation(String operation) {
        String message = operation == null || operation.isEmpty()
                ? "An unknown operation was requested."
                : "An unknown operation was requested: " + operation;
        return new AwsServiceException("UnknownOperationException", message, 400,
                AwsServiceException.Fault.SENDER, CORAL_SERVICE, Map.of());
    }

    public static AwsServiceException serialization(String detail) {
        return new AwsServiceException("SerializationException", detail, 400,
                AwsServiceException.Fault.SENDER, CORAL_SERVICE, Map.of());
    }

    public static AwsServiceException validation(String message) {
        return new AwsServiceException("ValidationException", message, 400,
                AwsServiceException.Fault.SENDER, CORAL_VALIDATE, Map.of());
    }

    public static AwsServiceException internalFailure(String code, String requestId) {
        return new AwsServiceException(code,
                "The request processing has failed because of an unknown error, exception or failure. (Service: Stratus; Request ID: "
                        + requestId + ")",
                500, AwsServiceException.Fault.RECEIVER, CORAL_SERVICE, Map.of());
    }

    public static AwsServiceException requestTooLarge(long limit) {
        return new AwsServiceException("RequestEntityTooLargeException",
                "Request must be smaller than " + limit + " bytes", 413,
                AwsServiceException.Fault.SENDER, CORAL_SERVICE, Map.of());
    }
}
