package dev.stratus.sns;

import dev.stratus.spi.AwsServiceException;

/** SNS's errors, with AWS's codes (the model maps each shape to its query code) and wording. */
public final class SnsErrors {

    private SnsErrors() {
    }

    /** {@code InvalidParameter}: AWS prefixes every such message with "Invalid parameter: ". */
    public static AwsServiceException invalidParameter(String detail) {
        return new AwsServiceException("InvalidParameterException", "Invalid parameter: " + detail, 400);
    }

    public static AwsServiceException topicNotFound() {
        return new AwsServiceException("NotFoundException", "Topic does not exist", 404);
    }

    public static AwsServiceException subscriptionNotFound() {
        return new AwsServiceException("NotFoundException", "Subscription does not exist", 404);
    }

    public static AwsServiceException resourceNotFound() {
        return new AwsServiceException("ResourceNotFoundException", "Resource does not exist", 404);
    }

    public static AwsServiceException missingParameter(String name) {
        return new AwsServiceException("ValidationError",
                "1 validation error detected: Value null at '" + lowerFirst(name)
                        + "' failed to satisfy constraint: Member must not be null", 400);
    }

    public static AwsServiceException emptyBatch() {
        return new AwsServiceException("EmptyBatchRequestException", "The batch request doesn't contain any entries.", 400);
    }

    public static AwsServiceException tooManyEntries() {
        return new AwsServiceException("TooManyEntriesInBatchRequestException",
                "The batch request contains more entries than permissible.", 400);
    }

    public static AwsServiceException batchIdsNotDistinct() {
        return new AwsServiceException("BatchEntryIdsNotDistinctException",
                "Two or more batch entries in the request have the same Id.", 400);
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
