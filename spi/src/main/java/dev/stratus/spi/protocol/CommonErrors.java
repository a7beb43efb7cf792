package dev.stratus.spi.protocol;

import dev.stratus.spi.AwsServiceException;
import java.util.Map;

/**
 * Errors every AWS service answers the same way, worded as AWS words them: an unknown operation, a body that
 * is not the protocol's JSON, a constraint of the API model broken, a request over the size limit, an internal
 * failure. Each factory returns a new {@link AwsServiceException} to throw where the mistake is found; the
 * protocol helpers turn it into the protocol's error body. Services never restate these messages.
 */
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
